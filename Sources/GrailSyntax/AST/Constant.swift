/// The value of a `Constant` node (and of `MatchSingleton`).
///
/// Integers that fit in `Int` are stored directly; larger ones keep their
/// decimal digits (`bigInt`), leaving arbitrary precision to the runtime.
/// Strings are stored as Unicode scalars so lone surrogates (legal in Python
/// string literals via `\ud800`) survive. Thread-safety: a plain value type.
public enum ConstantValue: Sendable, Equatable {
    case none
    case ellipsis
    case bool(Bool)
    case int(Int)
    /// Decimal digits of a non-negative integer too large for `Int`.
    case bigInt(String)
    case float(Double)
    /// Imaginary literal `<value>j`.
    case complex(imag: Double)
    /// A str: code points (may include lone surrogates 0xD800-0xDFFF).
    case str([UInt32])
    case bytes([UInt8])
}
