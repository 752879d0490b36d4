// Draws the variance chart from the table under it. Adverse bars are hatched as well as red, so the two kinds
// stay apart without colour.
(function () {
  'use strict';
  var table = document.querySelector('table[data-chart="variance-chart"]');
  var canvas = document.getElementById('variance-chart');
  if (!table || !canvas || typeof Chart === 'undefined') {
    return;
  }
  function hatch(colour) {
    var tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    var ctx = tile.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 8, 8);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.stroke();
    return ctx.createPattern(tile, 'repeat');
  }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var labels = rows.map(function (row) { return row.querySelector('[data-label]').dataset.label; });
  var values = rows.map(function (row) { return Number(row.querySelector('[data-value]').dataset.value); });
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [
        { label: 'Adverse (overspend or income shortfall)', data: values.map(function (v) { return v > 0 ? v : null; }),
          backgroundColor: hatch('#d4351c'), borderColor: '#d4351c', borderWidth: 2 },
        { label: 'Favourable (underspend or extra income)', data: values.map(function (v) { return v <= 0 ? v : null; }),
          backgroundColor: '#00703c', borderColor: '#00703c', borderWidth: 2 }
      ]
    },
    options: {
      indexAxis: 'y', animation: false, responsive: true,
      scales: { x: { title: { display: true, text: '£000s (positive is adverse)' } }, y: { stacked: true } }
    }
  });
}());
