"""The digest's pickup chart as a PNG (Pillow): mail clients show PNG images inline, few show SVG.

Bars of placements per recent release, earned and wire stacked, each labelled with its count."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

WIDTH, ROW, TOP, LEFT = 640, 34, 36, 250
EARNED, WIRE, INK, GRID = (11, 92, 173), (156, 185, 214), (29, 35, 41), (217, 222, 227)


def pickup_png(rows: list[tuple[str, int, int]]) -> bytes:
    """`rows`: (release title, earned placements, wire placements), newest first."""
    height = TOP + ROW * max(1, len(rows)) + 16
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    font, small = ImageFont.load_default(size=14), ImageFont.load_default(size=12)
    draw.text((10, 8), "Placements per release: earned (dark), wire (light)", fill=INK, font=font)
    top = max((earned + wire for _, earned, wire in rows), default=0) or 1
    scale = (WIDTH - LEFT - 60) / top
    for number, (title, earned, wire) in enumerate(rows):
        y = TOP + number * ROW
        label = title if len(title) <= 34 else title[:33] + "…"
        draw.text((10, y + 8), label, fill=INK, font=small)
        draw.line((LEFT, y, LEFT, y + ROW - 6), fill=GRID)
        draw.rectangle((LEFT, y + 4, LEFT + earned * scale, y + ROW - 10), fill=EARNED)
        draw.rectangle((LEFT + earned * scale, y + 4, LEFT + (earned + wire) * scale, y + ROW - 10), fill=WIRE)
        draw.text((LEFT + (earned + wire) * scale + 6, y + 8), f"{earned + wire}", fill=INK, font=small)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
