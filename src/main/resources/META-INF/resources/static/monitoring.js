(function () {
  var form = document.getElementById('assessment-form');
  var pending = null;
  function refresh() {
    fetch(form.getAttribute('data-grades'), { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(new FormData(form)) })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (g) {
        document.getElementById('crs-live').textContent = g ? g.crsGrade : '?';
        document.getElementById('icans-live').textContent = g ? g.icansGrade : '?';
        document.getElementById('ice-live').textContent = g && g.iceScore != null ? g.iceScore : '–';
      });
  }
  form.addEventListener('input', function () { clearTimeout(pending); pending = setTimeout(refresh, 150); });
  form.addEventListener('change', function () { clearTimeout(pending); pending = setTimeout(refresh, 150); });
  refresh();
})();
