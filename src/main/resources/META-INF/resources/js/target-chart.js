// Draws the target page's chart from the numbers in its table, so the table stays the source of truth.
(function () {
  'use strict';
  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    var canvas = document.getElementById(table.dataset.chart);
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var labels = rows.map(function (row) { return row.dataset.quarter; });
    function series(name) {
      return rows.map(function (row) {
        var cell = row.querySelector('[data-series="' + name + '"]');
        return cell && cell.dataset.value !== '' ? Number(cell.dataset.value) : null;
      });
    }
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: labels,
        datasets: [
          { label: 'Actual to date', data: series('actual'), borderColor: '#1d70b8', backgroundColor: '#1d70b8',
            pointStyle: 'circle', pointRadius: 5, spanGaps: false },
          { label: 'Expected to date (profile)', data: series('expected'), borderColor: '#505a5f',
            backgroundColor: '#505a5f', borderDash: [6, 4], pointStyle: 'triangle', pointRadius: 6 }
        ]
      },
      options: { animation: false, responsive: true, scales: { y: { beginAtZero: true } } }
    });
  });
}());
