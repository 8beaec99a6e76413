// The ticker as a webmaster builds it with jquery.marquee: fetch the rates, add one span per pair, start
// the plugin with a seamless loop (`duplicated`) at our ticker's speed, pausing on hover like ours.
const $ = window.jQuery;

window.loadRates().then((rates) => {
  const $ticker = $('#ticker');
  for (const rate of rates)
    $ticker.append($('<span>').addClass(`pair ${rate.trend}`).text(rate.text));
  $ticker.marquee({
    speed: 50,
    duplicated: true,
    gap: 0,
    delayBeforeStart: 0,
    startVisible: true,
    pauseOnHover: true,
  });
});
