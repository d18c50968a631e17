package dev.shapesense.tensor;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a tensor lives. META tensors carry shape and dtype only: any size costs nothing. CPU
 * tensors are the devices users run on.
 */
public enum Device {
  CPU,
  META;

  private static final ThreadLocal<Deque<Device>> DEFAULTS =
      ThreadLocal.withInitial(ArrayDeque::new);

  /** The default device of this thread: the innermost open {@link #asDefault()} scope, else CPU. */
  public static Device current() {
    Device d = DEFAULTS.get().peek();
    return d == null ? CPU : d;
  }

  /**
   * Makes this device the default for factories and module parameters on this thread until the
   * returned scope closes: the Java form of {@code with torch.device("meta"):}.
   */
  public Scope asDefault() {
    DEFAULTS.get().push(this);
    return new Scope(this);
  }

  /** An open default-device scope; closing it restores the previous default. */
  public static final class Scope implements AutoCloseable {
    private final Device device;
    private boolean closed;

    private Scope(Device device) {
      this.device = device;
    }

    public Device device() {
      return device;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        DEFAULTS.get().remove(device);
      }
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase();
  }
}
