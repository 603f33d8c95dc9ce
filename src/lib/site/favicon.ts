import svg from '../../../public/favicon.svg?raw';

/**
 * The site's icon as a data: address, written into each page's icon link: the browser asks for the
 * icon early in a page's load, and a request of its own would be one more in the first paint's way.
 * (public/favicon.svg stays, for the development overlay and anyone who links to it.)
 */
export const faviconDataUrl = `data:image/svg+xml,${svg
  .trim()
  .replace(/"/g, "'")
  .replace(/[#<>%\s]/g, (c) => encodeURIComponent(c))}`;
