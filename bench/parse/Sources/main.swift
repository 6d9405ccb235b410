// grail-parse-bench: parse throughput of Grail's front end (tokenize + parse to AST).
//
// Usage: grail-parse-bench [--reps N] LISTFILE
//   LISTFILE holds one source path per line. All files are read into memory first
//   (not timed); then every file is tokenized and parsed in-process, N times.
//   Each pass's wall time is printed, then min/median and a RESULT line that
//   bench/parse/run.sh reads. Modules are dropped right after parsing, as
//   CPython's `ast.parse` loop in bench/parse/cpython_parse.py drops its trees.

import Foundation
import GrailSyntax

func fail(_ msg: String) -> Never {
    FileHandle.standardError.write(("grail-parse-bench: " + msg + "\n").data(using: .utf8)!)
    exit(2)
}

var reps = 5
var listPath: String?
var argv = CommandLine.arguments.dropFirst()
while let a = argv.popFirst() {
    switch a {
    case "--reps":
        guard let v = argv.popFirst(), let n = Int(v), n > 0 else { fail("--reps needs a positive integer") }
        reps = n
    case "-h", "--help":
        print("usage: grail-parse-bench [--reps N] LISTFILE")
        exit(0)
    default:
        if listPath != nil { fail("unexpected argument \(a)") }
        listPath = a
    }
}
guard let listPath else { fail("usage: grail-parse-bench [--reps N] LISTFILE") }
guard let listData = FileManager.default.contents(atPath: listPath) else { fail("cannot read \(listPath)") }
let paths = String(decoding: listData, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.isEmpty }

// Read every file before timing anything.
var sources: [(path: String, bytes: [UInt8])] = []
sources.reserveCapacity(paths.count)
var totalBytes = 0
for p in paths {
    guard let d = FileManager.default.contents(atPath: p) else { fail("cannot read \(p)") }
    let bytes = [UInt8](d)
    totalBytes += bytes.count
    sources.append((p, bytes))
}

func peakRSSKiB() -> Int {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
    return 0
}

let clock = ContinuousClock()
var times: [Double] = []
var ok = 0
var rejected = 0
var sink = 0  // keeps the optimizer from discarding the parses
for rep in 1...reps {
    ok = 0
    rejected = 0
    let start = clock.now
    for (path, bytes) in sources {
        do {
            let tokens = try Tokenizer.tokenize(bytes)
            let module = try Parser(tokens, filename: path).parseModule()
            sink &+= module.body.count
            ok += 1
        } catch {
            rejected += 1
        }
    }
    let d = clock.now - start
    let secs = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    times.append(secs)
    print(String(format: "pass %d: %.3f s", rep, secs))
}
let sorted = times.sorted()
let minT = sorted[0]
let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
print("files: \(sources.count) (\(totalBytes) bytes)  ok: \(ok)  rejected: \(rejected)  [sink \(sink)]")
print(String(format: "grail parse: min %.3f s  median %.3f s  over %d passes", minT, median, reps))
print("RESULT impl=grail files=\(sources.count) bytes=\(totalBytes) ok=\(ok) rejected=\(rejected) "
    + String(format: "min=%.6f median=%.6f", minT, median)
    + " passes=" + times.map { String(format: "%.6f", $0) }.joined(separator: ",")
    + " peak_rss_kib=\(peakRSSKiB())")
