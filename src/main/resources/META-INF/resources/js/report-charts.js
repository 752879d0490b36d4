// Draws percent achieved by target from the Annex B table, which stays the source of the numbers.
(function () {
  'use strict';
  var table = document.querySelector('table[data-chart="achieved-chart"]');
  var canvas = document.getElementById('achieved-chart');
  if (!table || !canvas || typeof Chart === 'undefined') {
    return;
  }
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-code]'));
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map(function (row) { return row.dataset.code; }),
      datasets: [{
        label: '% of the annual target achieved',
        data: rows.map(function (row) {
          var v = row.querySelector('[data-value]').dataset.value;
          return v === '' ? null : Number(v);
        }),
        backgroundColor: '#1d70b8'
      }]
    },
    options: { indexAxis: 'y', animation: false, responsive: true,
      scales: { x: { beginAtZero: true, title: { display: true, text: '% achieved' } } } }
  });
}());
