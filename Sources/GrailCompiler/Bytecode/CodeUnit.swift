/// A compile-time constant of a code unit: Python values that need no runtime
/// to describe. The runtime turns them into objects when it loads a unit.
/// Thread-safety: immutable values.
public indirect enum CodeConstant: Sendable, Equatable {
    case none
    case ellipsis
    case bool(Bool)
    case int(Int)
    /// Decimal digits (with an optional leading '-') of an int too large for `Int`.
    case bigInt(String)
    case float(Double)
    case complex(real: Double, imag: Double)
    /// Code points (may include lone surrogates).
    case str([UInt32])
    case bytes([UInt8])
    case tuple([CodeConstant])
    case frozenset([CodeConstant])
    case code(CodeUnit)
}

/// Flags of a code unit (CPython's CO_* values).
public struct CodeFlags: OptionSet, Sendable, Equatable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let optimized = CodeFlags(rawValue: 0x1)
    public static let newLocals = CodeFlags(rawValue: 0x2)
    public static let varArgs = CodeFlags(rawValue: 0x4)
    public static let varKeywords = CodeFlags(rawValue: 0x8)
    public static let nested = CodeFlags(rawValue: 0x10)
    public static let generator = CodeFlags(rawValue: 0x20)
    public static let noFree = CodeFlags(rawValue: 0x40)
    public static let coroutine = CodeFlags(rawValue: 0x80)
    public static let iterableCoroutine = CodeFlags(rawValue: 0x100)
    public static let asyncGenerator = CodeFlags(rawValue: 0x200)
}

/// One entry of a code unit's exception table (CPython 3.11's zero-cost
/// exceptions): an exception raised by an instruction with index in
/// `start..<end` pops the value stack down to `depth` items, pushes the
/// index of the raising instruction (as an int) when `pushLasti`, pushes the
/// exception, and continues at `handler`.
public struct ExceptionTableEntry: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var handler: Int
    public var depth: Int
    public var pushLasti: Bool
    public init(start: Int, end: Int, handler: Int, depth: Int, pushLasti: Bool) {
        self.start = start; self.end = end; self.handler = handler; self.depth = depth; self.pushLasti = pushLasti
    }
}

/// Source position of one instruction (CPython's co_positions entry):
/// 1-based lines, 0-based UTF-8 byte columns; 0 lines when unknown.
public struct InstructionPosition: Sendable, Equatable {
    public var line: Int32
    public var endLine: Int32
    public var col: Int32
    public var endCol: Int32
    public init(line: Int32, endLine: Int32, col: Int32, endCol: Int32) {
        self.line = line; self.endLine = endLine; self.col = col; self.endCol = endCol
    }
}

/// The compiler's output for one function, class body, lambda,
/// comprehension or module: CPython's code object as plain data.
/// Thread-safety: immutable after the compiler returns it.
public final class CodeUnit: @unchecked Sendable, Equatable {
    public var name: String = ""
    public var qualname: String = ""
    public var filename: String = ""
    public var firstLineNo: Int = 1
    public var argCount: Int = 0
    public var posOnlyArgCount: Int = 0
    public var kwOnlyArgCount: Int = 0
    public var flags: CodeFlags = []
    public var instructions: [Instruction] = []
    /// One entry per instruction.
    public var positions: [InstructionPosition] = []
    public var constants: [CodeConstant] = []
    /// Names used by *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_*.
    public var names: [String] = []
    /// Local variables; the arguments come first in CPython's order
    /// (positional, keyword-only, *args, **kwargs).
    public var varnames: [String] = []
    public var cellvars: [String] = []
    public var freevars: [String] = []
    public var exceptionTable: [ExceptionTableEntry] = []
    /// Maximum value-stack depth any path reaches.
    public var stackSize: Int = 0

    public init() {}

    public static func == (a: CodeUnit, b: CodeUnit) -> Bool { a === b }
}
