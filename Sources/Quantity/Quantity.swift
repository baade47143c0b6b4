/// A placeholder so the target builds; replaced by the quantity model.
public enum QuantityModule {}
