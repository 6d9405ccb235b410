import Glibc

/// NFKC normalisation of non-ASCII identifiers (PEP 3131), done by the ICU
/// library that ships with the Swift toolchain (`lib_FoundationICU.so`,
/// found through the executable's run path). It is loaded on first use, so
/// programs whose names are ASCII never map it, and Grail does not link
/// Foundation (about 10 MB of resident memory and start-up relocations).
/// Without the library, identifiers are left as written.
/// Thread-safety: the functions are resolved once (a `static let`, initialised
/// thread-safely); ICU's normaliser instance is immutable and may be shared.
enum NFKC {
    private typealias GetInstance = @convention(c) (UnsafeMutablePointer<Int32>) -> OpaquePointer?
    private typealias Normalize = @convention(c) (OpaquePointer?, UnsafePointer<UInt16>?, Int32,
                                                  UnsafeMutablePointer<UInt16>?, Int32, UnsafeMutablePointer<Int32>) -> Int32
    private static let icu: (instance: OpaquePointer, normalize: Normalize)? = {
        guard let h = dlopen("lib_FoundationICU.so", RTLD_NOW | RTLD_LOCAL),
              let g = dlsym(h, "swift_unorm2_getNFKCInstance"),
              let n = dlsym(h, "swift_unorm2_normalize") else { return nil }
        var err: Int32 = 0
        guard let inst = unsafeBitCast(g, to: GetInstance.self)(&err), err <= 0 else { return nil }
        return (inst, unsafeBitCast(n, to: Normalize.self))
    }()

    /// `s` in Normalization Form KC.
    static func normalize(_ s: String) -> String {
        guard let icu = icu else { return s }
        let src = Array(s.utf16)
        var capacity = src.count * 3 + 16
        for _ in 0..<2 {
            var dst = [UInt16](repeating: 0, count: capacity)
            var err: Int32 = 0
            let n = src.withUnsafeBufferPointer { sp in
                dst.withUnsafeMutableBufferPointer { dp in
                    icu.normalize(icu.instance, sp.baseAddress, Int32(sp.count), dp.baseAddress, Int32(dp.count), &err)
                }
            }
            if err == 15 /* U_BUFFER_OVERFLOW_ERROR */ && n > 0 { capacity = Int(n); continue }
            if err > 0 || n < 0 || Int(n) > dst.count { return s }
            return String(decoding: dst[0..<Int(n)], as: UTF16.self)
        }
        return s
    }
}
