// Seat map: a seat on the SVG and its checkbox in the list are one choice. Clicking or pressing
// Space/Enter on a free seat ticks its box; a wheelchair space brings its companion seat along.
document.addEventListener('DOMContentLoaded', () => {
  const map = document.querySelector('svg.seatmap');
  if (!map) return;
  const boxFor = id => document.querySelector('input[name="seat"][value="' + id + '"]');
  const sync = () => {
    map.querySelectorAll('[data-seat]').forEach(seat => {
      const box = boxFor(seat.dataset.seat);
      const chosen = !!(box && box.checked);
      seat.setAttribute('aria-checked', String(chosen));
      seat.classList.toggle('chosen', chosen);
      const companion = seat.dataset.companion && map.querySelector('[data-companion-of="' + seat.dataset.seat + '"]');
      if (companion) companion.classList.toggle('chosen', chosen);
    });
    const count = document.querySelectorAll('input[name="seat"]:checked').length;
    const counter = document.getElementById('chosen-count');
    if (counter) counter.textContent = String(count);
  };
  const toggle = seat => {
    const box = boxFor(seat.dataset.seat);
    if (!box) return;
    box.checked = !box.checked;
    sync();
  };
  map.addEventListener('click', e => {
    const seat = e.target.closest('[data-seat]');
    if (seat) toggle(seat);
  });
  map.addEventListener('keydown', e => {
    const seat = e.target.closest('[data-seat]');
    if (seat && (e.key === ' ' || e.key === 'Enter')) {
      e.preventDefault();
      toggle(seat);
    }
  });
  document.querySelectorAll('input[name="seat"]').forEach(box => box.addEventListener('change', sync));
  sync();
});
