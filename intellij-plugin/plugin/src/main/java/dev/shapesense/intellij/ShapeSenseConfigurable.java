package dev.shapesense.intellij;

import com.intellij.openapi.options.Configurable;
import com.intellij.openapi.options.ConfigurationException;
import com.intellij.ui.components.JBCheckBox;
import com.intellij.ui.components.JBTextField;
import com.intellij.util.ui.FormBuilder;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.jetbrains.annotations.Nls;

/** Settings | Tools | ShapeSense: the three settings of the VS Code extension. */
public final class ShapeSenseConfigurable implements Configurable {
  private JBCheckBox inlayHintsEnabled;
  private JSpinner inlayHintsMaxLength;
  private JBTextField defaultBatchSymbol;

  @Override
  public @Nls String getDisplayName() {
    return "ShapeSense";
  }

  @Override
  public JComponent createComponent() {
    inlayHintsEnabled = new JBCheckBox("Show shapes as inlay hints");
    inlayHintsMaxLength = new JSpinner(new SpinnerNumberModel(0, 0, 1000, 1));
    defaultBatchSymbol = new JBTextField();
    JPanel panel =
        FormBuilder.createFormBuilder()
            .addComponent(inlayHintsEnabled)
            .addLabeledComponent("Longest hint in characters (0: no limit):", inlayHintsMaxLength)
            .addLabeledComponent("Batch dimension symbol:", defaultBatchSymbol)
            .addComponentFillVertically(new JPanel(), 0)
            .getPanel();
    reset();
    return panel;
  }

  @Override
  public boolean isModified() {
    return !edited().equals(ShapeSenseSettings.getInstance().options());
  }

  @Override
  public void apply() throws ConfigurationException {
    ShapeSenseOptions options = edited();
    if (!options.problems().isEmpty()) {
      throw new ConfigurationException(String.join(" ", options.problems()));
    }
    ShapeSenseSettings.getInstance().update(options);
  }

  @Override
  public void reset() {
    ShapeSenseOptions options = ShapeSenseSettings.getInstance().options();
    inlayHintsEnabled.setSelected(options.inlayHintsEnabled());
    inlayHintsMaxLength.setValue(options.inlayHintsMaxLength());
    defaultBatchSymbol.setText(options.defaultBatchSymbol());
  }

  private ShapeSenseOptions edited() {
    return new ShapeSenseOptions(
        inlayHintsEnabled.isSelected(),
        (Integer) inlayHintsMaxLength.getValue(),
        defaultBatchSymbol.getText().trim());
  }
}
