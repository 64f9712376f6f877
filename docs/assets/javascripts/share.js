/*
 * The share row's buttons that need a script of ours (never one of theirs): copy the link,
 * share to the reader's own Mastodon instance, and the system share sheet where the browser
 * has one (Web Share API). Without JavaScript those buttons stay hidden; the links work.
 */
document.addEventListener("DOMContentLoaded", function () {
  var row = document.querySelector("nav.share")
  if (!row) return
  var url = row.getAttribute("data-share-url")
  var title = row.getAttribute("data-share-title")

  row.querySelectorAll("[data-share-js]").forEach(function (el) { el.hidden = false })

  var copy = row.querySelector("[data-share-copy]")
  copy.addEventListener("click", function () {
    navigator.clipboard.writeText(url).then(function () {
      copy.textContent = copy.getAttribute("data-share-copied")
    })
  })

  var mastodon = row.querySelector("[data-share-mastodon]")
  var instance = row.querySelector("#share-mastodon-instance")
  mastodon.addEventListener("click", function () {
    var host = instance.value.trim().replace(/^https?:\/\//, "").replace(/\/.*$/, "")
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(host)) { instance.focus(); return }
    var target = "https://" + host + "/share?text=" + encodeURIComponent(title + " " + url)
    window.open(target, "_blank", "noopener,noreferrer")
  })

  if (navigator.share) {
    row.querySelector("[data-share-native]").hidden = false
    row.querySelector("[data-share-native-button]").addEventListener("click", function () {
      navigator.share({ title: title, url: url }).catch(function () {})
    })
  }
})
