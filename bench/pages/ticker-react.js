// The ticker as a React developer writes it: a component that fetches the rates in an effect and renders
// them inside react-fast-marquee at our ticker's speed, pausing on hover like ours.
const { React, createRoot, Marquee } = window.ReactPeer;
const h = React.createElement;

function RateTicker() {
  const [rates, setRates] = React.useState([]);
  React.useEffect(() => {
    window.loadRates().then(setRates);
  }, []);
  return h(
    Marquee,
    { speed: 50, pauseOnHover: true, autoFill: true },
    rates.map((rate) => h('span', { key: rate.key, className: `pair ${rate.trend}` }, rate.text)),
  );
}

createRoot(document.getElementById('ticker')).render(h(RateTicker));
