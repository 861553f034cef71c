package dev.maturity.core.spi;

/**
 * How a part that failed (a collector, an extractor, a probe, a plug-in that would not load) is named
 * in a report. Such a failure is contained where it happens — it becomes an ERROR source or an
 * UNKNOWN criterion — whatever it is: an exception, a {@link LinkageError} such as
 * {@link NoClassDefFoundError} (a class missing from the jar), a {@link java.util.ServiceConfigurationError}.
 * Only a {@link VirtualMachineError} (out of memory, stack overflow) is let through: after one the
 * JVM cannot be trusted to go on. Each place that contains failures catches
 * {@code VirtualMachineError} first and rethrows it, then {@code Throwable}.
 */
public final class Failures {

    static final int MAX_CHARS = 400;

    private Failures() {
    }

    /**
     * One line: the class and message of the failure, and of its root cause when that is another
     * ({@code ServiceConfigurationError: …: Provider x could not be instantiated (caused by
     * NoClassDefFoundError: io/fabric8/kubernetes/client/Config)}). No stack trace; bounded length.
     */
    public static String describe(Throwable t) {
        Throwable root = t;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        String text = one(t) + (root == t ? "" : " (caused by " + one(root) + ")");
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1) + "…";
    }

    private static String one(Throwable t) {
        String message = t.getMessage();
        String name = t.getClass().getSimpleName().isEmpty() ? t.getClass().getName() : t.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
