(function () {
  var start = Date.now();
  var clocks = document.querySelectorAll('[data-seconds]');
  function fmt(s) { var neg = s < 0; s = Math.abs(s); var m = Math.floor(s / 60), r = s % 60;
    return (neg ? '−' : '') + m + ':' + (r < 10 ? '0' : '') + r; }
  function tick() { var gone = Math.floor((Date.now() - start) / 1000);
    clocks.forEach(function (e) { var s = parseInt(e.getAttribute('data-seconds'), 10) - gone;
      e.textContent = fmt(s); e.classList.toggle('over', s < 0); }); }
  tick(); setInterval(tick, 1000);
  // keyboard-wedge scanners end with Enter: go to the next empty scan field instead of submitting half the check
  document.querySelectorAll('input.scan').forEach(function (input) {
    input.addEventListener('keydown', function (ev) {
      if (ev.key !== 'Enter') { return; }
      var next = Array.prototype.find.call(input.form.querySelectorAll('input.scan'), function (x) { return !x.value; });
      if (next) { ev.preventDefault(); next.focus(); }
    });
  });
})();
