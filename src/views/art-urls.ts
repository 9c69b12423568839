// Where each drawn SVG lives once built: for Phaser's loader, and for the DOM (legends, menus).

const urls = import.meta.glob<string>('../../assets/art/*.svg', { eager: true, query: '?url', import: 'default' });

export const ART_URLS: Record<string, string> = Object.fromEntries(Object.entries(urls).map(([path, url]) => [path.replace(/^.*\/(.*)\.svg$/, '$1'), url]));
