import { describe, expect, it } from 'vitest';
import { ARABIC_ARTICLE, HAVE_ICONV, iconv } from '../../../tests/fixtures/import/make-import-fixtures';
import { decodeBytes, detectLegacyArabic } from './read-text-file';

const utf16 = (text: string, order: 'le' | 'be'): Buffer => {
  const le = Buffer.from('\uFEFF' + text, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
};

describe('decodeBytes: every encoding an Arabic text file comes in', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(Buffer.from(ARABIC_ARTICLE), 'auto')).toEqual({ text: ARABIC_ARTICLE, encoding: 'utf-8' });
    const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC_ARTICLE)]), 'auto');
    expect(bom).toEqual({ text: ARABIC_ARTICLE, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(utf16(ARABIC_ARTICLE, 'le'), 'auto')).toEqual({ text: ARABIC_ARTICLE, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(ARABIC_ARTICLE, 'be'), 'auto')).toEqual({ text: ARABIC_ARTICLE, encoding: 'utf-16be' });
  });

  // Byte tables, so these run without iconv: "مرحبا بالعالم" and "السلام عليكم ورحمة الله".
  const CP1256 = [0xe3, 0xd1, 0xcd, 0xc8, 0xc7, 0x20, 0xc8, 0xc7, 0xe1, 0xda, 0xc7, 0xe1, 0xe3];
  const ISO_8859_6 = [
    0xc7, 0xe4, 0xd3, 0xe4, 0xc7, 0xe5, 0x20, 0xd9, 0xe4, 0xea, 0xe3, 0xe5, 0x20, 0xe8, 0xd1, 0xcd, 0xe5, 0xc9, 0x20, 0xc7,
    0xe4, 0xe4, 0xe7,
  ];

  it('detects Windows-1256 and ISO-8859-6 from their bytes', () => {
    expect(decodeBytes(Buffer.from(CP1256), 'auto')).toEqual({ text: 'مرحبا بالعالم', encoding: 'windows-1256' });
    expect(decodeBytes(Buffer.from(ISO_8859_6), 'auto')).toEqual({ text: 'السلام عليكم ورحمة الله', encoding: 'iso-8859-6' });
    expect(detectLegacyArabic(Buffer.from('plain ascii'))).toBeNull();
  });

  it.skipIf(!HAVE_ICONV)('round-trips a whole article through iconv: CP1256, ISO-8859-6, UTF-16', () => {
    // ISO-8859-6 has no « » and no – (iconv would refuse them): that article uses plain ones.
    const isoText = ARABIC_ARTICLE.replace(/[«»]/g, '"').replace(/–/g, '-');
    expect(decodeBytes(iconv(ARABIC_ARTICLE, 'CP1256')!, 'auto')).toEqual({ text: ARABIC_ARTICLE, encoding: 'windows-1256' });
    expect(decodeBytes(iconv(isoText, 'ISO-8859-6')!, 'auto')).toEqual({ text: isoText, encoding: 'iso-8859-6' });
    expect(decodeBytes(iconv(ARABIC_ARTICLE, 'UTF-16')!, 'auto').text).toBe(ARABIC_ARTICLE);
  });
  if (!HAVE_ICONV) it.skip('iconv is not installed: the iconv round trip is skipped (the byte tables above still run)', () => {});

  it('applies an explicit encoding as asked', () => {
    expect(decodeBytes(Buffer.from(CP1256), 'windows-1256').text).toBe('مرحبا بالعالم');
    expect(decodeBytes(Buffer.from(ISO_8859_6), 'iso-8859-6').text).toBe('السلام عليكم ورحمة الله');
    expect(decodeBytes(Buffer.from('نص', 'utf16le'), 'utf-16le')).toEqual({ text: 'نص', encoding: 'utf-16le' });
    expect(decodeBytes(Buffer.from('نص', 'utf16le').swap16(), 'utf-16be')).toEqual({ text: 'نص', encoding: 'utf-16be' });
    expect(() => decodeBytes(Buffer.from(CP1256), 'utf-8')).toThrow('the file is not valid UTF-8');
  });

  it('refuses binary and bytes that are no Arabic encoding, saying why', () => {
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'auto')).toThrow(
      'the file looks binary (it contains NUL bytes), not text',
    );
    // Random high bytes (a JPEG body, say) without NULs: not UTF-8, not Arabic in either encoding.
    const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 7919) % 128)));
    expect(() => decodeBytes(noise, 'auto')).toThrow(/not valid UTF-8 and does not read as Arabic in Windows-1256 or ISO-8859-6/);
    // French in Latin-1: the detector names what it saw, we do not guess it into Arabic.
    expect(() => decodeBytes(Buffer.from('Le ministre a déclaré à la presse que la réunion était très importante.', 'latin1'), 'auto')).toThrow(
      /does not read as Arabic/,
    );
  });
});
