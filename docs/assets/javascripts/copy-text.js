/*
 * Copy buttons for the Share page's ready-to-post text and alt texts (our own script, loaded
 * on that page only). Each button names the element whose text it copies (data-copy-text);
 * the text itself is plain and selectable, so without JavaScript the buttons stay hidden and
 * the reader selects it by hand.
 */
document.addEventListener("DOMContentLoaded", function () {
  if (!navigator.clipboard) return
  document.querySelectorAll("[data-copy-text]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy-text"))
    if (!source) return
    var label = button.textContent
    button.parentElement.hidden = false
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent).then(function () {
        button.textContent = button.getAttribute("data-copied")
        setTimeout(function () { button.textContent = label }, 2000)
      })
    })
  })
})
