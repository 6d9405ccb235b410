import GrailSyntax
public enum CompileMode: Sendable { case exec, eval, single }
public enum Compiler {
    public static func compile(_ module: Module, filename: String, mode: CompileMode) throws(PySyntaxError) -> CodeUnit {
        throw PySyntaxError(.syntaxError, "compiler not written yet", lineno: 1, offset: 1)
    }
}
