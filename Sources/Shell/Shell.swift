import Language
/// A placeholder so the target builds; replaced by the shell.
public enum ShellModule {}
