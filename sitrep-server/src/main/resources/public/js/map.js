// The map: Natural Earth country borders (world-atlas TopoJSON, served by this server) as a vector
// layer, no tiles; events as circles coloured by event type and sized by fatalities, clustered
// when they lie closer than CLUSTER_PIXELS on screen.
/* global L, topojson */
import { colour } from './api.js';

const CLUSTER_PIXELS = 22;
const WORLD = '/vendor/world-atlas/countries-110m.json';

export class EventMap {
  /** @param onSelect called with an event id when a single event is clicked */
  constructor(element, onSelect) {
    this.onSelect = onSelect;
    this.events = [];
    this.layer = null;
    this.fitted = false;
    this.map = L.map(element, { worldCopyJump: false, minZoom: 1, maxZoom: 12, attributionControl: true })
      .setView([25, 30], 2);
    this.map.attributionControl.setPrefix('Leaflet').addAttribution('Borders: Natural Earth (world-atlas)');
    this.map.createPane('countries').style.zIndex = 250;
    this.map.on('zoomend', () => this.draw());
    this.ready = this.loadCountries();
  }

  async loadCountries() {
    const response = await fetch(WORLD);
    if (!response.ok) throw new Error('cannot load the base map ' + WORLD + ': HTTP ' + response.status);
    const topology = await response.json();
    const countries = topojson.feature(topology, topology.objects.countries);
    L.geoJSON(countries, {
      pane: 'countries',
      renderer: L.svg({ pane: 'countries' }),
      style: { color: '#8d8d8d', weight: 0.7, fillColor: '#fdfdf8', fillOpacity: 1 },
      onEachFeature: (feature, layer) => {
        layer.bindTooltip(feature.properties.name, { sticky: true });
        layer.on('add', () => {
          const path = layer.getElement();
          path.classList.add('country');
          path.setAttribute('data-country-id', feature.id);
          path.setAttribute('data-country-name', feature.properties.name);
        });
      },
    }).addTo(this.map);
  }

  /** Shows these events (those without coordinates are left out); fits the view on the first call. */
  show(events) {
    this.events = events.filter(e => e.location && e.location.lat !== null && e.location.lon !== null);
    if (!this.fitted && this.events.length > 0) {
      this.fitted = true;
      const bounds = L.latLngBounds(this.events.map(e => [e.location.lat, e.location.lon]));
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: 6, animate: false });
    }
    this.draw();
    return this.events.length;
  }

  /** Greedy clustering in screen pixels at the current zoom, largest events first. */
  clusters() {
    const zoom = this.map.getZoom();
    const sorted = [...this.events].sort((a, b) => b.fatalities - a.fatalities || a.id.localeCompare(b.id));
    const clusters = [];
    for (const event of sorted) {
      const point = this.map.project([event.location.lat, event.location.lon], zoom);
      const near = clusters.find(c => c.point.distanceTo(point) <= CLUSTER_PIXELS);
      if (near) near.events.push(event);
      else clusters.push({ point, events: [event] });
    }
    return clusters;
  }

  draw() {
    if (this.layer) this.layer.remove();
    this.layer = L.layerGroup().addTo(this.map);
    for (const cluster of this.clusters()) {
      const first = cluster.events[0];
      const latLng = [first.location.lat, first.location.lon];
      const ids = cluster.events.map(e => e.id).join(' ');
      let marker;
      if (cluster.events.length === 1) {
        marker = L.circleMarker(latLng, {
          radius: 5 + 2.5 * Math.sqrt(first.fatalities || 0),
          color: '#fff', weight: 1, fillColor: colour(first.category), fillOpacity: 0.85,
        });
        marker.bindTooltip(first.type + (first.date ? ', ' + first.date : '') + ': ' + (first.fatalities || 0) + ' killed');
        marker.on('click', () => this.onSelect(first.id));
      } else {
        const fatalities = cluster.events.reduce((sum, e) => sum + (e.fatalities || 0), 0);
        const size = Math.round(22 + 3 * Math.sqrt(cluster.events.length) + 2 * Math.sqrt(fatalities));
        const label = document.createElement('div');
        label.textContent = String(cluster.events.length);
        label.style.background = colour(first.category);
        marker = L.marker(latLng, {
          icon: L.divIcon({ className: 'ev-cluster', html: label, iconSize: [size, size] }),
        });
        marker.bindTooltip(cluster.events.length + ' events, ' + fatalities + ' killed');
        marker.on('click', () => this.map.setView(latLng, Math.min(this.map.getZoom() + 2, this.map.getMaxZoom())));
      }
      marker.on('add', () => {
        const node = marker.getElement();
        node.classList.add('ev-marker');
        node.setAttribute('data-ids', ids);
        node.setAttribute('data-count', String(cluster.events.length));
        node.setAttribute('data-lat', String(first.location.lat));
        node.setAttribute('data-lon', String(first.location.lon));
      });
      marker.addTo(this.layer);
    }
  }
}
