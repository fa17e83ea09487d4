"""flip-byte.py IN OUT OFFSET [MASK]: copies IN to OUT with the byte at OFFSET xor-ed with MASK
(default 1), to damage a file the way a bad disk or a bad copy would."""
import sys

data = bytearray(open(sys.argv[1], "rb").read())
offset = int(sys.argv[3])
data[offset] ^= int(sys.argv[4]) if len(sys.argv) > 4 else 1
open(sys.argv[2], "wb").write(data)
