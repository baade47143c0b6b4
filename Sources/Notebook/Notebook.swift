import Language
/// A placeholder so the target builds; replaced by the notebook format.
public enum NotebookModule {}
