import CFuzzer
import Glibc

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    harness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
harness.remove()
exit(status)
