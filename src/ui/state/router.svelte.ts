// Hash routes (`#/invoices?sort=dueDate`), so every view can be bookmarked and reloaded, and the app
// works from any base path or from a folder on disk.
export const ROUTES = [
  'today',
  'dashboard',
  'invoices',
  'customers',
  'payments',
  'activity',
  'reports',
  'letters',
  'import',
  'settings',
] as const;
export type RouteName = (typeof ROUTES)[number] | 'customer';

export interface Route {
  name: RouteName;
  id: string | null;
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', qs = ''] = raw.split('?');
  const [first = '', second] = path.split('/');
  const query = new URLSearchParams(qs);
  if (first === 'customers' && second) return { name: 'customer', id: decodeURIComponent(second), query };
  const name = (ROUTES as readonly string[]).includes(first) ? (first as RouteName) : 'today';
  return { name, id: null, query };
}

class Router {
  route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => (this.route = parseHash(location.hash)));
    }
  }

  go(path: string): void {
    location.hash = '#/' + path.replace(/^#?\/?/, '');
  }

  /**
   * Rewrites the query of the current route without adding a history entry. With `from` (the URL when
   * the write was decided), a URL that has moved on since (Back, Forward, one typed in) is left alone:
   * a view written late would otherwise overwrite the history entry the user just went to.
   */
  setQuery(query: URLSearchParams, from?: string): void {
    if (from !== undefined && location.hash !== from) return;
    const base = location.hash.replace(/\?.*$/, '') || '#/';
    const qs = query.toString();
    const next = qs ? `${base}?${qs}` : base;
    if (next !== location.hash) history.replaceState(null, '', next);
  }
}

export const router = new Router();
