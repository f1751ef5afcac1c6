package io.tributary.isolation;

/**
 * Sets the current thread's context class loader for the length of a try-with-resources block and
 * restores the previous one on {@link #close()}.
 *
 * <p>Plugin code (JDBC drivers, Jackson modules, JAXB, ServiceLoader calls inside a connector) looks
 * up classes through the context class loader, so every call into a plugin runs inside a swap to
 * that plugin's loader.
 *
 * <p>Threading: confined to the thread that created it; close it on that same thread.
 */
public final class LoaderSwap implements AutoCloseable {

    private final Thread thread;
    private final ClassLoader previous;

    LoaderSwap(ClassLoader loader) {
        this.thread = Thread.currentThread();
        this.previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
    }

    /** The context class loader that was in place before the swap and is put back on close. */
    public ClassLoader previous() {
        return previous;
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
