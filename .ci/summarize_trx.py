"""Sums the counters of every TRX file under a folder and prints 'N passed, N failed, N skipped'.

Exits 1 when no TRX file was written (the build failed before any test ran) or a test failed.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def main(folder: str) -> int:
    files = sorted(pathlib.Path(folder).glob("**/*.trx"))
    passed = failed = skipped = 0
    for trx in files:
        counters = ET.parse(trx).getroot().find("t:ResultSummary/t:Counters", NS)
        if counters is None:
            print(f"{trx}: no result summary", file=sys.stderr)
            failed += 1
            continue
        count = lambda name: int(counters.get(name, "0"))
        passed += count("passed")
        failed += count("failed") + count("error") + count("timeout") + count("aborted")
        skipped += count("total") - count("executed")
        print(f"{trx.name}: {count('passed')} passed, {count('failed')} failed, {count('total') - count('executed')} skipped")
    if not files:
        print("no test results were written (did the build fail?)", file=sys.stderr)
        failed += 1
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "TestResults"))
