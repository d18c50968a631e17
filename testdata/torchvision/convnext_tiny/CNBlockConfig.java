/** torchvision.models.convnext.CNBlockConfig: one stage; outChannels null for the last. */
public record CNBlockConfig(int inputChannels, Integer outChannels, int numLayers) {}
