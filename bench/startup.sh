#!/bin/sh
# Start-up benchmark (a command, not a test): a scan of a small repository (10 files, one commit)
# against the same jar's own `--version`, interleaved round by round so both sides see the same load.
# With a distribution archive (cli/target/maturity-*.tar.gz) it also times its launcher bin/maturity
# (class-data sharing) doing the same two things, unpacked into a temporary directory.
#
# Usage: bench/startup.sh [ROUNDS]         (default 7; JAR=... and DIST=... choose other builds;
#        BASE_JAR=old/maturity.jar times an earlier build too, in the same rounds, for before/after)
# Prints per-command median, min and max in milliseconds, the ratios of medians, and the load average.
# Needs git, tar and GNU time (/usr/bin/time, for the CPU figures).
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-7}
jar=${JAR:-cli/target/maturity.jar}
dist=${DIST:-$(ls cli/target/maturity-*.tar.gz 2>/dev/null | head -n 1 || true)}
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
base=${BASE_JAR:-}

work=$(mktemp -d "${TMPDIR:-/tmp}/maturity-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
# No ambient cluster, registry or user config: HOME is empty, the cache lives in the work directory.
mkdir -p "$work/home" "$work/repo" "$work/cache"
unset MLFLOW_TRACKING_URI KUBECONFIG KUBERNETES_SERVICE_HOST JAVA_OPTS MATURITY_OPTS 2>/dev/null || true
export HOME="$work/home" XDG_CACHE_HOME="$work/cache"

# A small classical project: training code, pinned dependencies, a CI workflow, a README.
(
  cd "$work/repo"
  git init -q
  mkdir -p src tests .github/workflows
  printf 'numpy==1.26.4\nscikit-learn==1.5.2\npandas==2.2.3\n' > requirements.txt
  printf 'import pandas as pd\nfrom sklearn.linear_model import LogisticRegression\n\n\ndef train(path):\n    df = pd.read_csv(path)\n    return LogisticRegression().fit(df.drop(columns="y"), df.y)\n' > src/train.py
  printf 'def features(df):\n    return df.fillna(0)\n' > src/features.py
  printf 'def predict(model, x):\n    return model.predict(x)\n' > src/predict.py
  printf '' > src/__init__.py
  printf 'from src.features import features\n\n\ndef test_features():\n    assert features is not None\n' > tests/test_features.py
  printf 'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -r requirements.txt\n      - run: pytest\n' > .github/workflows/ci.yml
  printf '# churn\n\nTrains a churn classifier.\n' > README.md
  printf '__pycache__/\n*.pyc\n' > .gitignore
  printf '[tool.pytest.ini_options]\ntestpaths = ["tests"]\n' > pyproject.toml
  git add -A
  git -c user.name=bench -c user.email=bench@example.com commit -q -m "churn model"
)

launcher=""
if [ -n "$dist" ] && [ -f "$dist" ]; then
  mkdir -p "$work/dist"
  tar -xzf "$dist" -C "$work/dist"
  launcher=$(ls "$work"/dist/*/bin/maturity)
fi

now_ms() { date +%s%N | cut -c1-13; }
# time_ms NAME CMD...: appends the wall time of CMD (run in the small repository) to NAME, and its
# CPU time (user + system, all threads) to NAME.cpu; under load the CPU time is the steadier figure.
time_ms() {
  out=$1; shift
  t0=$(now_ms)
  if ! (cd "$work/repo" && /usr/bin/time -f "%U %S" -o "$work/last.time" "$@" >"$work/last.out" 2>"$work/last.err"); then
    echo "failed: $*" >&2; cat "$work/last.err" >&2; exit 1
  fi
  t1=$(now_ms)
  echo $((t1 - t0)) >> "$out"
  awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$work/last.time" >> "$out.cpu"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -n 1); jar: $jar${base:+; base: $base}${launcher:+; launcher: $dist}"
if [ -n "$launcher" ]; then
  # the launcher's first scan writes its class-data archive (into $XDG_CACHE_HOME); timed rounds map it
  (cd "$work/repo" && "$launcher" scan >/dev/null) || { echo "the launcher's first scan failed" >&2; exit 1; }
  ls "$work"/cache/maturity/maturity-*.jsa >/dev/null 2>&1 || { echo "the launcher wrote no class-data archive" >&2; exit 1; }
fi
i=0
while [ $i -le "$rounds" ]; do
  # Round 0 warms the file cache and is not counted.
  f() { if [ $i -eq 0 ]; then echo "$work/warmup"; else echo "$work/$1"; fi; }
  time_ms "$(f version)" java -jar "$jar" --version
  time_ms "$(f scan)" java -jar "$jar" scan
  if [ -n "$base" ]; then
    time_ms "$(f base-version)" java -jar "$base" --version
    time_ms "$(f base-scan)" java -jar "$base" scan
  fi
  if [ -n "$launcher" ]; then
    time_ms "$(f launcher-version)" "$launcher" --version
    time_ms "$(f launcher-scan)" "$launcher" scan
  fi
  i=$((i + 1))
done
grep -q "level" "$work/last.out" || { echo "the last scan printed no levels" >&2; cat "$work/last.out" >&2; exit 1; }
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n "$work/$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
stats() { sort -n "$work/$1" | awk -v name="$2" -v cpu="$(median "$1.cpu")" '{ v[NR] = $1 } END {
  m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  printf "%-34s median %6d ms  min %6d  max %6d  (%d runs)  CPU median %5d ms\n", name, m, v[1], v[NR], NR, cpu }'; }
ratio() { awk -v a="$(median "$1")" -v b="$(median "$2")" -v c="$(median "$1.cpu")" -v d="$(median "$2.cpu")" -v name="$3" \
  'BEGIN { printf "%-34s %.2fx  (CPU %.2fx)\n", name, a / b, c / d }'; }

if [ -n "$base" ]; then
  stats base-version "BASE_JAR --version"
  stats base-scan "BASE_JAR scan"
  ratio base-scan base-version "ratio scan / --version (BASE_JAR)"
fi
stats version "java -jar maturity.jar --version"
stats scan "java -jar maturity.jar scan"
ratio scan version "ratio scan / --version (jar)"
if [ -n "$launcher" ]; then
  stats launcher-version "bin/maturity --version (CDS)"
  stats launcher-scan "bin/maturity scan (CDS)"
  ratio launcher-scan version "ratio launcher scan / jar --version"
  ratio launcher-scan scan "ratio launcher scan / jar scan"
fi
