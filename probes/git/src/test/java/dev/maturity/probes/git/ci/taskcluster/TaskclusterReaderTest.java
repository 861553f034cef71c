package dev.maturity.probes.git.ci.taskcluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.ci.CiFixture;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskclusterReaderTest {

    /** Shaped like a real version-1 file: $let bindings, $if on tasks_for, $mergeDeep with a let-bound default. */
    private static final String TASKCLUSTER = """
            version: 1
            reporting: checks-v1
            policy:
              pullRequests: public
            tasks:
              $let:
                head_branch:
                  $if: 'tasks_for[:19] == "github-pull-request"'
                  then: ${event.pull_request.head.ref}
                  else: ${event.ref}
                repository: ${event.repository.html_url}
              in:
                $let:
                  default_task:
                    created: {$fromNow: ''}
                    deadline: {$fromNow: '1 hour'}
                    provisionerId: proj-assistant
                    workerType: ci
                    payload:
                      maxRunTime: 3600
                      image: python:3.12
                in:
                  $if: 'tasks_for == "github-push" || tasks_for[:19] == "github-pull-request"'
                  then:
                    - $mergeDeep:
                        - {$eval: default_task}
                        - taskId: {$eval: as_slugid("tests_task")}
                          payload:
                            command:
                              - "/bin/bash"
                              - "-cx"
                              - "git clone --quiet ${repository} assistant &&
                                cd assistant &&
                                pip install -r requirements.txt &&
                                pytest -q tests/"
                          metadata:
                            name: assistant tests
                    - $if: 'tasks_for[:19] == "github-pull-request"'
                      then:
                        $mergeDeep:
                          - {$eval: default_task}
                          - taskId: {$eval: as_slugid("eval_task")}
                            dependencies:
                              - {$eval: as_slugid("tests_task")}
                            scopes:
                              - secrets:get:project/assistant/openai
                            payload:
                              command: ["/bin/bash", "-c", "npx promptfoo@0.112.4 eval -c promptfooconfig.yaml"]
                            metadata:
                              name: assistant eval
                    - $if: 'tasks_for == "github-push" && head_branch[:10] == "refs/tags/"'
                      then:
                        $mergeDeep:
                          - {$eval: default_task}
                          - taskId: {$eval: as_slugid("release_task")}
                            dependencies:
                              - {$eval: as_slugid("tests_task")}
                            payload:
                              command: ["helm", "upgrade", "--install", "assistant", "charts/assistant"]
                            metadata:
                              name: assistant release
            """;

    @TempDir
    Path dir;

    @Test
    void tasksAreFoundThroughJsonEAndTheirConditionsAreTheirTriggers() {
        CiFixture ci = CiFixture.of(dir, "assistant", ".taskcluster.yml", TASKCLUSTER);
        assertThat(ci.jobs()).extracting(CiJob::job).containsExactly("tests_task", "eval_task", "release_task");
        assertThat(ci.job("tests_task").triggers()).containsExactlyInAnyOrder(Trigger.PUSH, Trigger.TAG, Trigger.PULL_REQUEST);
        assertThat(ci.job("eval_task").triggers()).containsExactly(Trigger.PULL_REQUEST);
        assertThat(ci.job("release_task").triggers()).containsExactly(Trigger.TAG);
        assertThat(ci.job("eval_task").needs()).containsExactly("tests_task");
        assertThat(ci.job("release_task").needs()).containsExactly("tests_task");
    }

    @Test
    void commandsReadTheCloneAsTheCheckout() {
        CiFixture ci = CiFixture.of(dir, "assistant", ".taskcluster.yml", TASKCLUSTER);
        assertThat(ci.job("tests_task").runs()).containsExactly("tests/test_features.py");
        assertThat(ci.job("eval_task").runs()).containsExactly("promptfooconfig.yaml");
        assertThat(ci.job("eval_task").secrets()).containsExactly("project/assistant/openai");
        assertThat(ci.job("release_task").commands()).containsExactly("helm upgrade --install assistant charts/assistant");
        assertThat(ci.job("eval_task").evidence().locator()).endsWith(":.taskcluster.yml#L39-L50");
    }

    @Test
    void inTreeKindsAreJobsOnTheirTasksFor() {
        CiFixture ci = CiFixture.of(dir, "assistant", "taskcluster/kinds/evals/kind.yml", """
                loader: taskgraph.loader.transform:loader
                transforms:
                  - taskgraph.transforms.run:transforms
                  - taskgraph.transforms.task:transforms
                task-defaults:
                  run-on-tasks-for: [github-pull-request]
                  worker-type: t-linux
                tasks:
                  promptfoo:
                    description: regression suite
                    run:
                      using: run-task
                      command: npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
                  nightly-train:
                    run-on-tasks-for: [cron]
                    dependencies:
                      evals: evals-promptfoo
                    run:
                      using: run-task
                      command: python src/train.py
                """);
        assertThat(ci.job("evals-promptfoo").triggers()).containsExactly(Trigger.PULL_REQUEST);
        assertThat(ci.job("evals-promptfoo").runs()).containsExactly("promptfooconfig.yaml");
        assertThat(ci.job("evals-nightly-train").triggers()).containsExactly(Trigger.SCHEDULE);
        assertThat(ci.job("evals-nightly-train").needs()).containsExactly("evals-promptfoo");
    }
}
