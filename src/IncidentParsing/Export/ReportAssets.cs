namespace IncidentParsing.Export;

/// <summary>The report's inline stylesheet and script: kept here so the page needs nothing from the network.</summary>
internal static class ReportAssets
{
    public const string Css = """
        body{font-family:"Noto Sans CJK JP","Noto Sans JP","Hiragino Sans","Yu Gothic","Meiryo","IPAGothic","IPAexGothic","TakaoGothic","VL Gothic",sans-serif;margin:1.5rem;color:#222;background:#fafafa}
        h1{margin:0 0 .5rem}h2{font-size:1.05rem;margin:.2rem 0}
        .legend{margin:.3rem 0;font-size:.9rem}.legend mark{padding:0 .3em;margin-right:.2em}
        .legend .tick{position:static;display:inline-block;margin:0 .25em 0 .8em;vertical-align:middle}.hint{color:#777;font-size:.85em}
        .filters{margin:.8rem 0;display:flex;gap:.8rem;align-items:center}#q{width:22rem;padding:.3rem}
        #summary{border-collapse:collapse;width:100%;font-size:.85rem;background:#fff}
        #summary th,#summary td{border:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
        #summary th{background:#eee;position:sticky;top:0}.summary{max-height:20rem;overflow:auto;border:1px solid #ccc}
        #summary td:nth-child(5){white-space:nowrap}td.num{text-align:right}
        .card{background:#fff;border:1px solid #ccc;border-radius:6px;margin:1rem 0;padding:.6rem 1rem}
        .card header .num{color:#888;margin-right:.5em}.casebook{font-family:monospace;background:#eef;padding:0 .3em}
        .facts{display:flex;flex-wrap:wrap;gap:.3rem .9rem;font-size:.85rem}.fact b{color:#666;font-weight:normal}
        .badge{border-radius:3px;padding:0 .4em;font-size:.8rem}.kind{background:#444;color:#fff}.not-incident{background:#bbb}
        .text{white-space:pre-wrap;font-size:.9rem;line-height:1.6;max-height:28rem;overflow:auto;border-top:1px solid #eee;margin-top:.5rem;padding-top:.4rem}
        mark{border-radius:2px;cursor:help}
        .hl-title{background:#e8e8e8;font-weight:bold}.hl-organization{background:#ffd6a5}
        .hl-date{background:#a0c4ff}.hl-count{background:#caffbf}.hl-field{background:#ffadad}
        .hl-excluded-field{background:#eee;text-decoration:line-through;outline:1px dashed #c66}
        .hl-report{background:#bdb2ff}.hl-cause{background:none;border-bottom:2px solid #f4a261}.hl-annotation{background:#fdffb6}
        .strip{position:relative;height:2.3rem;margin:.5rem 1rem;border-bottom:2px solid #999}
        .tick{position:absolute;bottom:-6px;width:10px;height:10px;border-radius:50%;margin-left:-5px;background:#555;cursor:help}
        .ev-occurred{background:#e63946}.ev-detected{background:#f4a261}.ev-contained{background:#2a9d8f}
        .ev-investigated{background:#8d99ae}.ev-reported{background:#7b2cbf}.ev-notified{background:#1d4ed8}
        .ev-published{background:#111}.ev-notice{background:#fff;border:2px solid #111;box-sizing:border-box}.ev-restored{background:#52b788}
        .strip .from,.strip .until{position:absolute;top:0;font-size:.75rem;color:#666}.strip .from{left:0}.strip .until{right:0}
        [hidden]{display:none!important}
        """;

    // Filters the summary rows and the cards together; the search box starts from the page's #q=… fragment.
    public const string Script = """
        (function(){
          var q=document.getElementById('q'),kind=document.getElementById('kind'),only=document.getElementById('only');
          var rows=Array.prototype.slice.call(document.querySelectorAll('#summary tbody tr'));
          var m=/[#&]q=([^&]*)/.exec(location.hash);if(m){q.value=decodeURIComponent(m[1]);}
          function apply(){
            var text=q.value.trim().toLowerCase(),k=kind.value,shown=0;
            rows.forEach(function(r){
              var ok=(!text||r.textContent.toLowerCase().indexOf(text)>=0)
                &&(!k||(' '+r.getAttribute('data-kinds')+' ').indexOf(' '+k+' ')>=0)
                &&(!only.checked||r.getAttribute('data-incident')==='true');
              r.hidden=!ok;var card=document.getElementById('card-'+r.getAttribute('data-row'));if(card){card.hidden=!ok;}
              if(ok){shown++;}
            });
            document.getElementById('shown').textContent=shown+' of '+rows.length+' shown';
          }
          q.addEventListener('input',apply);kind.addEventListener('change',apply);only.addEventListener('change',apply);apply();
        })();
        """;
}
