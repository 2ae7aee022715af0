/* Filter the list of all goals and measures as you type (progressive enhancement:
 * without JavaScript the page lists everything, and the search form leads here).
 * Words match in any order, case and accents ignored: "forskola barn" finds "Förskolebarn …". */
(function () {
  "use strict";
  var ruta = document.querySelector(".filter");
  var falt = document.getElementById("filter");
  var antal = document.getElementById("filter-antal");
  if (!ruta || !falt) { return; }
  var poster = Array.prototype.slice.call(document.querySelectorAll(".filterpost"));
  var grupper = Array.prototype.slice.call(document.querySelectorAll(".filtergrupp"));

  function normalisera(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var texter = poster.map(function (p) { return normalisera(p.textContent); });

  function filtrera() {
    var ord = normalisera(falt.value).split(/\s+/).filter(Boolean);
    var synliga = 0;
    poster.forEach(function (post, i) {
      var traff = ord.every(function (o) { return texter[i].indexOf(o) !== -1; });
      post.hidden = !traff;
      if (traff) { synliga += 1; }
    });
    grupper.forEach(function (g) { g.hidden = !g.querySelector(".filterpost:not([hidden])"); });
    antal.textContent = ord.length ? synliga + " av " + poster.length + " mål visas." : "";
  }

  ruta.hidden = false;
  var fraga = new URLSearchParams(window.location.search).get("q");
  if (fraga) { falt.value = fraga; }
  var sokord = document.getElementById("sokord");
  if (sokord && fraga) { sokord.value = fraga; }
  falt.addEventListener("input", filtrera);
  filtrera();
}());
