// File names from the design's name: letters, digits and a few separators, never a path.
export function fileBase(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._ -]+/g, ' ')
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/g, '');
  return base || 'design';
}

export const fileName = (designName: string, suffix: string, ext: string): string => `${fileBase(designName)}${suffix ? `-${suffix}` : ''}.${ext}`;
