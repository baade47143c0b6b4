import Quantity
/// A placeholder so the target builds; replaced by the computation module.
public enum ComputeModule {}
