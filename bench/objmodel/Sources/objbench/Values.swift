// Two candidate representations of a Python value for the raw-memory designs (B, C).
// Heap objects are referenced by raw pointer: no Swift ARC anywhere on the hot path.

protocol PyVal {
    static var none: Self { get }
    static func bool(_ b: Bool) -> Self
    /// Caller guarantees `fitsInt(i)`.
    static func int(_ i: Int) -> Self
    static func fitsInt(_ i: Int) -> Bool
    static func float(_ d: Double) -> Self
    static func obj(_ p: RawPtr) -> Self

    var isInt: Bool { get }
    var intValue: Int { get }       // valid if isInt
    var isFloat: Bool { get }
    var floatValue: Double { get }  // valid if isFloat
    var isObj: Bool { get }
    var objPtr: RawPtr { get }      // valid if isObj
    /// nil if not a bool (or None/int) fast-path truth value
    var fastTruth: Bool? { get }
}

/// 16-byte enum: payload word + tag byte (size 9, stride 16).
enum EV: PyVal {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case obj(RawPtr)

    @inline(__always) static func fitsInt(_ i: Int) -> Bool { true }

    @inline(__always) var isInt: Bool { if case .int = self { return true }; return false }
    @inline(__always) var intValue: Int { if case .int(let i) = self { return i }; return 0 }
    @inline(__always) var isFloat: Bool { if case .float = self { return true }; return false }
    @inline(__always) var floatValue: Double { if case .float(let d) = self { return d }; return 0 }
    @inline(__always) var isObj: Bool { if case .obj = self { return true }; return false }
    @inline(__always) var objPtr: RawPtr {
        if case .obj(let p) = self { return p }
        preconditionFailure("not an object")
    }
    @inline(__always) var fastTruth: Bool? {
        switch self {
        case .bool(let b): return b
        case .none: return false
        case .int(let i): return i != 0
        default: return nil
        }
    }
}

/// NaN-boxing in 8 bytes, pointer-preserving (so a conservative GC still sees raw pointers):
///   top 16 bits 0x0000            -> heap pointer (48-bit)
///   top 16 bits 0xFFFF            -> 48-bit signed int
///   top 16 bits 0xFFFE            -> None / False / True
///   otherwise                     -> double, stored as bits + 2^48 (NaNs canonicalised)
struct NV: PyVal {
    var bits: UInt64

    static let intTag: UInt64 = 0xFFFF << 48
    static let miscTag: UInt64 = 0xFFFE << 48
    static let dOffset: UInt64 = 1 << 48

    @inline(__always) static var none: NV { NV(bits: miscTag | 0) }
    @inline(__always) static func bool(_ b: Bool) -> NV { NV(bits: miscTag | (b ? 3 : 2)) }
    @inline(__always) static func fitsInt(_ i: Int) -> Bool { i >= -(1 << 47) && i < (1 << 47) }
    @inline(__always) static func int(_ i: Int) -> NV {
        NV(bits: intTag | (UInt64(bitPattern: Int64(i)) & 0x0000_FFFF_FFFF_FFFF))
    }
    @inline(__always) static func float(_ d: Double) -> NV {
        let b = d.isNaN ? Double.nan.bitPattern : d.bitPattern
        return NV(bits: b &+ dOffset)
    }
    @inline(__always) static func obj(_ p: RawPtr) -> NV { NV(bits: UInt64(UInt(bitPattern: p))) }

    @inline(__always) var isInt: Bool { bits >= NV.intTag }
    @inline(__always) var intValue: Int { Int(Int64(bitPattern: bits << 16) >> 16) }
    @inline(__always) var isObj: Bool { bits >> 48 == 0 }
    @inline(__always) var objPtr: RawPtr { RawPtr(bitPattern: UInt(bits))! }
    @inline(__always) var isFloat: Bool { let t = bits >> 48; return t != 0 && t < 0xFFFE }
    @inline(__always) var floatValue: Double { Double(bitPattern: bits &- NV.dOffset) }
    @inline(__always) var fastTruth: Bool? {
        if bits >= NV.intTag { return bits != NV.intTag }
        if bits >> 48 == 0xFFFE { return bits & 1 == 1 }
        return nil
    }
}
