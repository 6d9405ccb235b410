/// The builtin exception classes (CPython 3.11's hierarchy).
/// Thread-safety: created once, immutable afterwards.
public enum ExcTypes {
    static func make(_ name: String, _ base: PyType) -> PyType {
        let t = PyType(builtin: name, base: base, layout: .exception, hasDict: true)
        return t
    }

    public static let baseException: PyType = {
        let t = PyType(builtin: "BaseException", base: PyType.object, layout: .exception, hasDict: true)
        return t
    }()
    public static let baseExceptionGroup = make("BaseExceptionGroup", baseException)
    public static let systemExit = make("SystemExit", baseException)
    public static let keyboardInterrupt = make("KeyboardInterrupt", baseException)
    public static let generatorExit = make("GeneratorExit", baseException)
    public static let exception = make("Exception", baseException)
    public static let stopIteration = make("StopIteration", exception)
    public static let stopAsyncIteration = make("StopAsyncIteration", exception)
    public static let arithmeticError = make("ArithmeticError", exception)
    public static let floatingPointError = make("FloatingPointError", arithmeticError)
    public static let overflowError = make("OverflowError", arithmeticError)
    public static let zeroDivisionError = make("ZeroDivisionError", arithmeticError)
    public static let assertionError = make("AssertionError", exception)
    public static let attributeError = make("AttributeError", exception)
    public static let bufferError = make("BufferError", exception)
    public static let eofError = make("EOFError", exception)
    public static let exceptionGroup: PyType = {
        let t = PyType(builtin: "ExceptionGroup", base: baseExceptionGroup, layout: .exception, hasDict: true)
        t.bases = [baseExceptionGroup, exception]
        t.mro = [t, baseExceptionGroup, exception, baseException, PyType.object]
        return t
    }()
    public static let importError = make("ImportError", exception)
    public static let moduleNotFoundError = make("ModuleNotFoundError", importError)
    public static let lookupError = make("LookupError", exception)
    public static let indexError = make("IndexError", lookupError)
    public static let keyError = make("KeyError", lookupError)
    public static let memoryError = make("MemoryError", exception)
    public static let nameError = make("NameError", exception)
    public static let unboundLocalError = make("UnboundLocalError", nameError)
    public static let osError = make("OSError", exception)
    public static let blockingIOError = make("BlockingIOError", osError)
    public static let childProcessError = make("ChildProcessError", osError)
    public static let connectionError = make("ConnectionError", osError)
    public static let brokenPipeError = make("BrokenPipeError", connectionError)
    public static let connectionAbortedError = make("ConnectionAbortedError", connectionError)
    public static let connectionRefusedError = make("ConnectionRefusedError", connectionError)
    public static let connectionResetError = make("ConnectionResetError", connectionError)
    public static let fileExistsError = make("FileExistsError", osError)
    public static let fileNotFoundError = make("FileNotFoundError", osError)
    public static let interruptedError = make("InterruptedError", osError)
    public static let isADirectoryError = make("IsADirectoryError", osError)
    public static let notADirectoryError = make("NotADirectoryError", osError)
    public static let permissionError = make("PermissionError", osError)
    public static let processLookupError = make("ProcessLookupError", osError)
    public static let timeoutError = make("TimeoutError", osError)
    public static let referenceError = make("ReferenceError", exception)
    public static let runtimeError = make("RuntimeError", exception)
    public static let notImplementedError = make("NotImplementedError", runtimeError)
    public static let recursionError = make("RecursionError", runtimeError)
    public static let syntaxError = make("SyntaxError", exception)
    public static let indentationError = make("IndentationError", syntaxError)
    public static let tabError = make("TabError", indentationError)
    public static let systemError = make("SystemError", exception)
    public static let typeError = make("TypeError", exception)
    public static let valueError = make("ValueError", exception)
    public static let unicodeError = make("UnicodeError", valueError)
    public static let unicodeDecodeError = make("UnicodeDecodeError", unicodeError)
    public static let unicodeEncodeError = make("UnicodeEncodeError", unicodeError)
    public static let unicodeTranslateError = make("UnicodeTranslateError", unicodeError)
    public static let warning = make("Warning", exception)
    public static let deprecationWarning = make("DeprecationWarning", warning)
    public static let pendingDeprecationWarning = make("PendingDeprecationWarning", warning)
    public static let runtimeWarning = make("RuntimeWarning", warning)
    public static let syntaxWarning = make("SyntaxWarning", warning)
    public static let userWarning = make("UserWarning", warning)
    public static let futureWarning = make("FutureWarning", warning)
    public static let importWarning = make("ImportWarning", warning)
    public static let unicodeWarning = make("UnicodeWarning", warning)
    public static let bytesWarning = make("BytesWarning", warning)
    public static let resourceWarning = make("ResourceWarning", warning)
    public static let encodingWarning = make("EncodingWarning", warning)

    /// POSIX errno -> OSError subclass (CPython's errnomap on Linux).
    static func osErrorSubclass(_ errno: Int) -> PyType? {
        switch errno {
        case 11, 114, 115: return ExcTypes.blockingIOError
        case 10: return ExcTypes.childProcessError
        case 32, 108: return ExcTypes.brokenPipeError
        case 103: return ExcTypes.connectionAbortedError
        case 111: return ExcTypes.connectionRefusedError
        case 104: return ExcTypes.connectionResetError
        case 17: return ExcTypes.fileExistsError
        case 2: return ExcTypes.fileNotFoundError
        case 21: return ExcTypes.isADirectoryError
        case 20: return ExcTypes.notADirectoryError
        case 4: return ExcTypes.interruptedError
        case 13, 1: return ExcTypes.permissionError
        case 3: return ExcTypes.processLookupError
        case 110: return ExcTypes.timeoutError
        default: return nil
        }
    }

    /// Every builtin exception class, forcing creation in hierarchy order.
    public static let allTypes: [PyType] = [
        baseException, baseExceptionGroup, systemExit, keyboardInterrupt, generatorExit, exception, stopIteration,
        stopAsyncIteration, arithmeticError, floatingPointError, overflowError, zeroDivisionError, assertionError,
        attributeError, bufferError, eofError, exceptionGroup, importError, moduleNotFoundError, lookupError,
        indexError, keyError, memoryError, nameError, unboundLocalError, osError, blockingIOError,
        childProcessError, connectionError, brokenPipeError, connectionAbortedError, connectionRefusedError,
        connectionResetError, fileExistsError, fileNotFoundError, interruptedError, isADirectoryError,
        notADirectoryError, permissionError, processLookupError, timeoutError, referenceError, runtimeError,
        notImplementedError, recursionError, syntaxError, indentationError, tabError, systemError, typeError,
        valueError, unicodeError, unicodeDecodeError, unicodeEncodeError, unicodeTranslateError, warning,
        deprecationWarning, pendingDeprecationWarning, runtimeWarning, syntaxWarning, userWarning, futureWarning,
        importWarning, unicodeWarning, bytesWarning, resourceWarning, encodingWarning,
    ]
}
