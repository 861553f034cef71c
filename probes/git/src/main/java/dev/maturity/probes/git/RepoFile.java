package dev.maturity.probes.git;

/** A regular file in the scanned tree: repo-relative path with forward slashes, size in bytes. */
public record RepoFile(String path, long size) {

    /** The file name after the last slash. */
    public String name() {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }

    /** The directory part, empty at the root. */
    public String dir() {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    public boolean hasExtension(String... exts) {
        String n = name().toLowerCase(java.util.Locale.ROOT);
        for (String e : exts) {
            if (n.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
