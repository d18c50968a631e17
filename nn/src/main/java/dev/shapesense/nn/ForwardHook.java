package dev.shapesense.nn;

/** Called when a module's forward returns ({@code register_forward_hook}). */
@FunctionalInterface
public interface ForwardHook {
  void hook(Module module, Object[] inputs, Object output);

  /** Removes a registered hook. */
  interface Handle {
    void remove();
  }
}
