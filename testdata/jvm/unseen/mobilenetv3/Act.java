import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.Supplier;

/** The activation of a MobileNetV3 block ("RE" / "HS" in the paper's table). */
public enum Act {
    RE("relu", ReLU::new),
    HS("hardswish", Hardswish::new),
    NONE("identity", null);

    private final String label;
    private final Supplier<Module> factory;

    Act(String label, Supplier<Module> factory) {
        this.label = label;
        this.factory = factory;
    }

    public String label() {
        return label;
    }

    /** A fresh activation module, or null when the block has none. */
    public Module create() {
        return switch (this) {
            case RE, HS -> factory.get();
            case NONE -> null;
        };
    }

    public static Act of(String code) {
        return code == null ? NONE : valueOf(code.trim().toUpperCase());
    }
}
