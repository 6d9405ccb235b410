import Glibc

/// Where Grail's own pure-Python library (the repository's `Lib/`: threading,
/// queue, concurrent.futures, ...) is found; it goes on `sys.path` after the
/// script directory and PYTHONPATH. Search order: `$GRAIL_LIB`; `lib/grail`
/// beside the executable's directory (an installed layout); the `Lib/`
/// directory of the source tree this binary was built from.
/// Thread-safety: computed once at bootstrap; pure.
enum LibDirectory {
    static func find() -> String? {
        if let env = getenv("GRAIL_LIB"), let s = String(validatingCString: env), !s.isEmpty, Importer.isDir(s) { return s }
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        if n > 0 {
            let exe = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let slash = exe.lastIndex(of: "/") {
                let dir = String(exe[..<slash])
                let installed = dir + "/../lib/grail"
                if Importer.isDir(installed) { return installed }
            }
        }
        // Sources/GrailRuntime/Import/LibDirectory.swift -> <repo>/Lib
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        if parts.count > 4 {
            parts.removeLast(4)
            let lib = parts.joined(separator: "/") + "/Lib"
            if Importer.isDir(lib) { return lib }
        }
        return nil
    }
}
