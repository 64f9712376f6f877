/*
 * Keep Material's language integration from fetching sitemap.xml next to every
 * <link rel="alternate">. On DOMContentLoaded Material's bundle reads those links and requests
 * "sitemap.xml" relative to each one (/en/faq/sitemap.xml...): 404s on every page, and with
 * absolute hreflang URLs, requests to whatever host site_url names. Our language switcher already
 * links each page to its translation, so that lookup is not needed.
 *
 * This script runs before the bundle, so its listener runs first: it hides the links from the
 * bundle's query, then gives them back once the bundle's listener has run. Search engines read
 * the HTML as written.
 */
document.addEventListener("DOMContentLoaded", function () {
  var links = Array.prototype.slice.call(document.querySelectorAll('link[rel="alternate"]'))
  links.forEach(function (link) { link.rel = "x-alternate" })
  setTimeout(function () {
    links.forEach(function (link) { link.rel = "alternate" })
  }, 0)
}, { once: true })
