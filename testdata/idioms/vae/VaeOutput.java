import dev.shapesense.tensor.*;

/** What a VAE's forward gives: the reconstruction and the posterior's parameters. */
public record VaeOutput(Tensor recon, Tensor mu, Tensor logVar) {}
