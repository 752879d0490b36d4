// Draws every chart on a page from the table that carries its numbers: <table data-chart="canvas id"
// data-chart-type="bar|stacked-bar|horizontal-bar|line|bar-line|doughnut">, series named by th[data-series] in the
// header, each row labelled by [data-label] with its values in [data-value] cells, in series order. The table stays
// the source of truth. Series differ in pattern, point shape and dash as well as colour, and the legend names them,
// so the charts read without colour. th[data-tone="adverse|favourable"] fixes a series' colour: adverse red and
// hatched, favourable green; th[data-colour] sets any other series' colour. A line series with th[data-span] is drawn across the quarters it skips (a forecast).
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#505a5f'];
  var points = ['circle', 'triangle', 'rect', 'star', 'crossRot', 'rectRot'];
  var dashes = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 1], [8, 8]];

  function pattern(colour, index) {
    if (index === 0) {
      return colour;
    }
    var tile = document.createElement('canvas');
    tile.width = 10;
    tile.height = 10;
    var ctx = tile.getContext('2d');
    ctx.fillStyle = colour;
    ctx.globalAlpha = 0.35;
    ctx.fillRect(0, 0, 10, 10);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.beginPath();
    if (index % 3 === 1) { ctx.moveTo(0, 10); ctx.lineTo(10, 0); }
    else if (index % 3 === 2) { ctx.moveTo(0, 5); ctx.lineTo(10, 5); }
    else { ctx.moveTo(5, 0); ctx.lineTo(5, 10); }
    ctx.stroke();
    return ctx.createPattern(tile, 'repeat');
  }

  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    var canvas = document.getElementById(table.dataset.chart);
    if (!canvas) {
      return;
    }
    var kind = table.dataset.chartType;
    var headers = Array.prototype.slice.call(table.tHead.querySelectorAll('th[data-series]'));
    var seriesNames = headers.map(function (th) { return th.dataset.series; });
    var rows = Array.prototype.filter.call(table.querySelectorAll('tbody tr'),
      function (row) { return row.querySelector('[data-label]') !== null; });
    var labels = rows.map(function (row) { return row.querySelector('[data-label]').dataset.label; });
    var datasets = seriesNames.map(function (name, i) {
      var data = rows.map(function (row) {
        var v = row.querySelectorAll('[data-value]')[i].dataset.value;
        return v === '' ? null : Number(v);
      });
      // A series marked adverse is red and hatched, a favourable one green and solid, on every chart alike.
      var tone = headers[i].dataset.tone;
      var colour = tone === 'adverse' ? '#d4351c' : tone === 'favourable' ? '#00703c'
        : headers[i].dataset.colour || colours[i % colours.length];
      var fill = tone === 'adverse' ? pattern(colour, 1) : tone === 'favourable' ? colour : pattern(colour, i);
      var dataset = { label: name, data: data, borderColor: colour, backgroundColor: fill, borderWidth: 2,
        pointStyle: points[i % points.length], pointRadius: 5, borderDash: dashes[i % dashes.length] };
      if (headers[i].dataset.span !== undefined) {
        dataset.spanGaps = true;
      }
      if (kind === 'bar-line' && i > 0) {
        dataset.type = 'line';
        dataset.backgroundColor = colour;
      }
      if (kind === 'doughnut') {
        dataset.backgroundColor = data.map(function (_, j) { return pattern(colours[j % colours.length], j); });
      }
      return dataset;
    });
    var stacked = kind === 'stacked-bar' || kind === 'horizontal-bar';
    var options = { animation: false, responsive: true, plugins: { legend: { labels: { usePointStyle: true } } } };
    if (kind !== 'doughnut') {
      options.scales = { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true } };
      if (table.dataset.unit) {
        options.scales[kind === 'horizontal-bar' ? 'x' : 'y'].title = { display: true, text: table.dataset.unit };
      }
    }
    if (kind === 'horizontal-bar') {
      options.indexAxis = 'y';
      // Long line names ran off the chart's left edge on a phone ("iption Income (Net of discounts)"): on a narrow
      // chart they are shortened on the axis only; the tooltip and the table below give them in full.
      options.scales.y.ticks = { callback: function (value) {
        var label = String(this.getLabelForValue(value));
        var longest = this.chart.width < 600 ? 18 : 40;
        return label.length > longest ? label.slice(0, longest - 1) + '\u2026' : label;
      } };
    }
    var type = { 'stacked-bar': 'bar', 'horizontal-bar': 'bar', 'bar-line': 'bar' }[kind] || kind;
    new Chart(canvas, { type: type, data: { labels: labels, datasets: datasets }, options: options });
  });
}());
