/*
 * The managers' models page in the browser: bpmn-js and dmn-js (WebJars, loaded here as plain
 * scripts so Vaadin keeps its pre-compiled bundle) as editor or read-only viewer, wired to the Vaadin
 * component that hosts them (host.$server.selected / changed). Camunda attributes are kept as the
 * file has them (camunda:… in $attrs), so files round-trip with Camunda Modeler unchanged.
 */
(function () {
  'use strict';

  var BPMN = 'webjars/bpmn-js/8.0.0/dist/';
  var DMN = 'webjars/dmn-js/10.0.0/dist/';
  var loaded = {};

  function script(url, globalName, alias) {
    if (window[alias]) {
      return Promise.resolve(window[alias]);
    }
    if (!loaded[url]) {
      loaded[url] = new Promise(function (resolve, reject) {
        // bpmn-js' modeler and viewer (and dmn-js') all define the same global; keep each under its own name.
        var previous = window[globalName];
        var element = document.createElement('script');
        element.src = url;
        element.onload = function () {
          window[alias] = window[globalName];
          window[globalName] = previous;
          resolve(window[alias]);
        };
        element.onerror = function () {
          reject(new Error('Could not load ' + url));
        };
        document.head.appendChild(element);
      });
    }
    return loaded[url];
  }

  function constructorFor(kind, readOnly) {
    if (kind === 'PROCESS') {
      return readOnly
        ? script(BPMN + 'bpmn-navigated-viewer.production.min.js', 'BpmnJS', 'KioskBpmnViewer')
        : script(BPMN + 'bpmn-modeler.production.min.js', 'BpmnJS', 'KioskBpmnModeler');
    }
    return readOnly
      ? script(DMN + 'dmn-viewer.production.min.js', 'DmnJS', 'KioskDmnViewer')
      : script(DMN + 'dmn-modeler.production.min.js', 'DmnJS', 'KioskDmnModeler');
  }

  /* dmn-js 10 still takes callbacks (bpmn-js 8 returns promises): one promise-returning way to call both. */
  function call(target, method, args) {
    return new Promise(function (resolve, reject) {
      var returned = target[method].apply(target, args.concat([function (error, result) {
        if (error) {
          reject(error);
        } else {
          resolve(result);
        }
      }]));
      if (returned && typeof returned.then === 'function') {
        returned.then(resolve, reject);
      }
    });
  }

  function attr(bo, name) {
    var attrs = bo.$attrs || {};
    var value = attrs['camunda:' + name];
    return value === undefined || value === null ? '' : String(value);
  }

  function timerOf(bo) {
    var definitions = bo.eventDefinitions || [];
    for (var i = 0; i < definitions.length; i++) {
      var definition = definitions[i];
      if (definition.$type === 'bpmn:TimerEventDefinition') {
        var kinds = ['timeDuration', 'timeDate', 'timeCycle'];
        for (var k = 0; k < kinds.length; k++) {
          if (definition[kinds[k]]) {
            return { definition: definition, kind: kinds[k], value: definition[kinds[k]].body || '' };
          }
        }
        return { definition: definition, kind: 'timeDuration', value: '' };
      }
    }
    return null;
  }

  function describe(modeler, element) {
    var shape = element || modeler.get('canvas').getRootElement();
    var bo = shape.businessObject;
    var timer = timerOf(bo);
    return {
      id: bo.id,
      type: bo.$type,
      name: bo.name || '',
      candidateGroups: attr(bo, 'candidateGroups'),
      dueDate: attr(bo, 'dueDate'),
      priority: attr(bo, 'priority'),
      delegateExpression: attr(bo, 'delegateExpression'),
      asyncBefore: attr(bo, 'asyncBefore') === 'true',
      decisionRef: attr(bo, 'decisionRef'),
      historyTimeToLive: attr(bo, 'historyTimeToLive'),
      versionTag: attr(bo, 'versionTag'),
      hasCondition: bo.$type === 'bpmn:SequenceFlow',
      condition: bo.conditionExpression ? bo.conditionExpression.body || '' : '',
      timerKind: timer ? timer.kind : '',
      timerValue: timer ? timer.value : '',
      hasTimer: !!timer
    };
  }

  function report(host, modeler, element) {
    if (host.$server && host.$server.selected) {
      host.$server.selected(describe(modeler, element));
    }
  }

  window.kioskModels = {
    /** Opens xml in host; resolves to true, or rejects with the import error's message. */
    open: function (host, kind, xml, readOnly, counts) {
      return constructorFor(kind, readOnly).then(function (Constructor) {
        if (host.kioskModeler) {
          host.kioskModeler.destroy();
        }
        host.innerHTML = '';
        var modeler = new Constructor(kind === 'PROCESS'
          ? { container: host, keyboard: { bindTo: host } }
          : { container: host, common: { keyboard: { bindTo: host } } });
        host.kioskModeler = modeler;
        host.kioskKind = kind;
        if (kind === 'PROCESS' && !readOnly) {
          modeler.get('commandStack').registerHandler('kiosk.updateTimer', UpdateTimerHandler);
        }
        var imported = kind === 'PROCESS' ? modeler.importXML(xml) : call(modeler, 'importXML', [xml]);
        return imported.then(function () {
          if (kind === 'PROCESS') {
            var canvas = modeler.get('canvas');
            var fitted = canvas.zoom('fit-viewport', 'auto');
            if (!readOnly) {
              // Leave room on the left for the editor's palette, which floats over the diagram.
              canvas.zoom(Math.min(fitted * 0.85, 1), 'auto');
              var box = canvas.viewbox();
              var left = (box.inner.x - box.x) * box.scale;
              if (left < 130) {
                canvas.scroll({ dx: 130 - left, dy: 0 });
              }
            }
            if (readOnly) {
              showCounts(modeler, counts || []);
            } else {
              modeler.on('selection.changed', function (event) {
                report(host, modeler, event.newSelection.length === 1 ? event.newSelection[0] : null);
              });
              modeler.on('element.changed', function (event) {
                var selected = modeler.get('selection').get();
                if (selected.length === 1 && selected[0] === event.element) {
                  report(host, modeler, event.element);
                }
              });
              modeler.on('commandStack.changed', function () {
                if (host.$server && host.$server.changed) {
                  host.$server.changed();
                }
              });
              report(host, modeler, null);
            }
            return true;
          }
          var views = modeler.getViews();
          var table = views.filter(function (view) { return view.type === 'decisionTable'; })[0];
          return (table ? call(modeler, 'open', [table]) : Promise.resolve()).then(function () {
            if (!readOnly) {
              // Each view (decision table, DRD, another decision) has its own viewer and command stack.
              var watch = function () {
                var viewer = modeler.getActiveViewer();
                if (viewer && !viewer.kioskWatched) {
                  viewer.kioskWatched = true;
                  viewer.on('commandStack.changed', function () {
                    if (host.$server && host.$server.changed) {
                      host.$server.changed();
                    }
                  });
                }
              };
              modeler.on('views.changed', watch);
              watch();
            }
            return true;
          });
        });
      });
    },

    /** The XML as the editor holds it now, formatted like Camunda Modeler writes it. */
    save: function (host) {
      if (host.kioskKind !== 'PROCESS') {
        return call(host.kioskModeler, 'saveXML', [{ format: true }]);
      }
      return host.kioskModeler.saveXML({ format: true }).then(function (result) {
        return result.xml;
      });
    },

    /** Sets the properties edited in the side panel on one element (or the process). */
    update: function (host, id, props) {
      var modeler = host.kioskModeler;
      var registry = modeler.get('elementRegistry');
      var element = registry.get(id) || modeler.get('canvas').getRootElement();
      var factory = modeler.get('bpmnFactory');
      var changes = {};
      var keys = ['candidateGroups', 'dueDate', 'priority', 'delegateExpression', 'decisionRef',
        'historyTimeToLive', 'versionTag'];
      if (props.name !== undefined) {
        changes.name = props.name === '' ? undefined : props.name;
      }
      keys.forEach(function (key) {
        if (props[key] !== undefined) {
          changes['camunda:' + key] = props[key] === '' ? undefined : props[key];
        }
      });
      if (props.asyncBefore !== undefined) {
        changes['camunda:asyncBefore'] = props.asyncBefore ? 'true' : undefined;
      }
      if (props.condition !== undefined && element.businessObject.$type === 'bpmn:SequenceFlow') {
        var previous = element.businessObject.conditionExpression;
        var expression = { body: props.condition };
        if (previous && previous.language) {
          expression.language = previous.language;
        }
        changes.conditionExpression = props.condition === ''
          ? undefined
          : factory.create('bpmn:FormalExpression', expression);
      }
      modeler.get('modeling').updateProperties(element, changes);
      var timer = timerOf(element.businessObject);
      if (timer && props.timerValue !== undefined) {
        // Through the command stack, so Ctrl+Z undoes a timer change like any other edit.
        modeler.get('commandStack').execute('kiosk.updateTimer', {
          element: element,
          definition: timer.definition,
          kind: props.timerKind || timer.kind,
          value: props.timerValue
        });
      }
      report(host, modeler, element);
    },

    /** Selects an element, as a click on it would. */
    select: function (host, id) {
      var modeler = host.kioskModeler;
      var element = modeler.get('elementRegistry').get(id);
      modeler.get('selection').select(element);
      return !!element;
    },

    /** Lets the browser save the editor's XML as a file (to open in Camunda Modeler). */
    download: function (host, fileName) {
      return window.kioskModels.save(host).then(function (xml) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        setTimeout(function () {
          URL.revokeObjectURL(link.href);
          link.remove();
        }, 1000);
        return true;
      });
    }
  };

  /**
   * Sets a timer event's duration, date or cycle. bpmn-js 8's updateProperties only reaches the
   * element's own attributes, not its event definition, so this small command does it with undo.
   */
  var TIMER_KINDS = ['timeDuration', 'timeDate', 'timeCycle'];

  function UpdateTimerHandler(bpmnFactory) {
    this._bpmnFactory = bpmnFactory;
  }
  UpdateTimerHandler.$inject = ['bpmnFactory'];
  UpdateTimerHandler.prototype.execute = function (context) {
    var definition = context.definition;
    context.previous = {};
    TIMER_KINDS.forEach(function (k) {
      context.previous[k] = definition[k];
      definition[k] = undefined;
    });
    definition[context.kind] = this._bpmnFactory.create('bpmn:FormalExpression', { body: context.value });
    return [context.element];
  };
  UpdateTimerHandler.prototype.revert = function (context) {
    var definition = context.definition;
    TIMER_KINDS.forEach(function (k) {
      definition[k] = context.previous[k];
    });
    return [context.element];
  };

  function showCounts(viewer, counts) {
    var overlays = viewer.get('overlays');
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    counts.forEach(function (count) {
      if (!registry.get(count.activityId)) {
        return;
      }
      canvas.addMarker(count.activityId, 'models-has-instances');
      var html = '<div class="models-count" title="' + count.active + '">' + count.active + '</div>';
      if (count.incidents > 0) {
        html += '<div class="models-incidents" title="' + count.incidents + '">' + count.incidents + '</div>';
      }
      overlays.add(count.activityId, { position: { bottom: 12, left: -8 }, html: html });
    });
  }
})();
