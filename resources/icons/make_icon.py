"""Draw the PPID Desktop icon: a register sheet with a red seal. Run once; output committed."""
from PIL import Image, ImageDraw, ImageFont
S = 512
img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
d = ImageDraw.Draw(img)
d.rounded_rectangle((40, 40, 472, 472), radius=72, fill=(22, 78, 140, 255))
d.rounded_rectangle((120, 92, 392, 420), radius=18, fill=(250, 250, 247, 255))
for i, y in enumerate(range(150, 380, 44)):
    d.rectangle((156, y, 356 if i % 2 == 0 else 320, y + 14), fill=(120, 140, 165, 255))
d.ellipse((282, 282, 430, 430), fill=(196, 30, 45, 255), outline=(255, 255, 255, 255), width=10)
d.rectangle((330, 336, 382, 376), fill=(255, 255, 255, 255))
d.arc((334, 300, 378, 350), 180, 360, fill=(255, 255, 255, 255), width=10)
img.save("/work/main/resources/icons/ppid-desktop.png")
img.save("/work/main/resources/icons/ppid-desktop.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
