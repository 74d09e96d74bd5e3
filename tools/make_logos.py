"""Draws Spindle's kernel logos (a spindle wound with thread) as PNGs, with the standard library only.

Run once when the design changes: python3 tools/make_logos.py kernel/app/src/main/kernelspec
"""
import math
import struct
import sys
import zlib
from pathlib import Path

NAVY = (23, 42, 74)
THREAD = (231, 111, 0)
WOOD = (176, 124, 72)


def pixel(x: float, y: float):
    """Colour at (x, y) in a unit square, or None for transparent."""
    cx = 0.5
    if abs(x - cx) < 0.045 and 0.04 < y < 0.96:          # the shaft
        return WOOD
    half = 0.36 * math.sin(math.pi * min(max((y - 0.14) / 0.72, 0.0), 1.0)) ** 0.8
    if 0.14 < y < 0.86 and abs(x - cx) < half:           # the wound thread, drawn as stripes
        stripe = (y * 14) % 1.0
        return THREAD if stripe < 0.72 else NAVY
    return None


def png(size: int) -> bytes:
    rows = []
    samples = 4  # supersampling for smooth edges
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(samples):
                for si in range(samples):
                    c = pixel((i + (si + 0.5) / samples) / size, (j + (sj + 0.5) / samples) / size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = samples * samples
            covered = acc[3] // 255
            if covered:
                row += bytes([acc[0] // covered, acc[1] // covered, acc[2] // covered, acc[3] // n])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(sys.argv[1])
    for size in (32, 64):
        (out / f"logo-{size}x{size}.png").write_bytes(png(size))
