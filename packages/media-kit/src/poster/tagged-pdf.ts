// Tagged PDF on top of pdf-lib, which draws but cannot tag. A screen reader, a search or a
// reflowing viewer needs what PDF/UA-1 (ISO 14289-1) asks for, written here in plain PDF objects:
// every drawing operator inside marked content (BDC … EMC with an MCID, or /Artifact for
// decoration), a structure tree in reading order whose elements point at that content, the
// parent tree that points back, link annotations inside Link elements, MarkInfo, the page's tab
// order, and XMP metadata that names the standard. (PDFKit can tag too, but it would replace
// pdf-lib and weigh several times more in the template studio's browser bundle.)
import {
  PDFArray,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames as Op,
  PDFString,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/** The standard structure types the posters use. */
export type StructureType = 'Document' | 'H1' | 'P' | 'Figure' | 'Link';

/** A rectangle in PDF user space: left, bottom, right, top (y up). */
export type PdfBox = [number, number, number, number];

export interface StructureElement {
  ref: PDFRef;
  type: StructureType;
  parent: StructureElement | null;
  /** MCIDs on the page, child elements and annotation references, in reading order. */
  kids: (number | StructureElement | { annotation: PDFRef })[];
  alt?: string;
  bbox?: PdfBox;
}

export interface DocumentInfo {
  title: string;
  lang: string;
  author: string;
  subject: string;
  creator: string;
  producer: string;
  date: Date;
}

const text = (value: string) => PDFHexString.fromText(value);
const xmlEscape = (value: string) =>
  value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The structure of one page, built while it is drawn. */
export class TaggedPage {
  readonly root: StructureElement;
  private readonly owners: StructureElement[] = [];
  private readonly annotations: { ref: PDFRef; owner: StructureElement }[] = [];

  private readonly doc: PDFDocument;
  private readonly page: PDFPage;

  constructor(doc: PDFDocument, page: PDFPage) {
    this.doc = doc;
    this.page = page;
    this.root = this.element('Document', null);
  }

  /** A new structure element, appended to `parent` (the document by default). */
  element(
    type: StructureType,
    parent: StructureElement | null = this.root,
    extra: { alt?: string; bbox?: PdfBox } = {},
  ): StructureElement {
    const el: StructureElement = {
      ref: this.doc.context.nextRef(),
      type,
      parent,
      kids: [],
      ...extra,
    };
    parent?.kids.push(el);
    return el;
  }

  /** Draws content as part of an element: its operators become one marked-content sequence. */
  content(owner: StructureElement, draw: () => void): void {
    const mcid = this.owners.length;
    this.owners.push(owner);
    owner.kids.push(mcid);
    // The properties as an inline dictionary (a string operand is written as it is).
    this.page.pushOperators(
      PDFOperator.of(Op.BeginMarkedContentSequence, [PDFName.of(owner.type), `<</MCID ${mcid}>>`]),
    );
    draw();
    this.page.pushOperators(PDFOperator.of(Op.EndMarkedContent));
  }

  /** Draws decoration that a reader skips (rules, bars): an artifact, outside the tree. */
  artifact(draw: () => void): void {
    this.page.pushOperators(
      PDFOperator.of(Op.BeginMarkedContentSequence, [PDFName.of('Artifact'), '<</Type /Layout>>']),
    );
    draw();
    this.page.pushOperators(PDFOperator.of(Op.EndMarkedContent));
  }

  /** A clickable area for `url`, owned by a Link element; `label` is its description. */
  link(owner: StructureElement, rect: PdfBox, url: string, label: string): void {
    const ref = this.doc.context.register(
      this.doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: rect,
        Border: [0, 0, 0],
        F: 4,
        Contents: text(label),
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
        StructParent: 1 + this.annotations.length,
      }),
    );
    this.page.node.addAnnot(ref);
    owner.kids.push({ annotation: ref });
    this.annotations.push({ ref, owner });
  }

  /** Writes the tree, the parent tree, MarkInfo, tab order and XMP metadata into the document. */
  finish(info: DocumentInfo): void {
    const { context, catalog } = this.doc;
    const pageRef = this.page.ref;
    const write = (el: StructureElement) => {
      const kids = el.kids.map((kid) => {
        if (typeof kid === 'number') return PDFNumber.of(kid);
        if ('annotation' in kid)
          return context.obj({ Type: 'OBJR', Obj: kid.annotation, Pg: pageRef });
        write(kid);
        return kid.ref;
      });
      const dict = context.obj({
        Type: 'StructElem',
        S: el.type,
        P: el.parent?.ref ?? treeRef,
        Pg: pageRef,
        K: kids,
      });
      if (el.alt !== undefined) dict.set(PDFName.of('Alt'), text(el.alt));
      if (el.bbox) dict.set(PDFName.of('A'), context.obj({ O: 'Layout', BBox: el.bbox }));
      context.assign(el.ref, dict);
    };
    const treeRef = context.nextRef();
    write(this.root);
    const nums: (number | PDFRef | PDFArray)[] = [0, context.obj(this.owners.map((o) => o.ref))];
    this.annotations.forEach((a, i) => nums.push(i + 1, a.owner.ref));
    context.assign(
      treeRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: this.root.ref,
        ParentTree: context.obj({ Nums: nums }),
        ParentTreeNextKey: 1 + this.annotations.length,
      }),
    );
    this.page.node.set(PDFName.of('StructParents'), PDFNumber.of(0));
    this.page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    catalog.set(PDFName.of('StructTreeRoot'), treeRef);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    catalog.set(PDFName.of('Metadata'), context.register(xmp(this.doc, info)));
  }
}

/** The XMP packet: the same title, language and dates as the Info dictionary, and PDF/UA-1. */
function xmp(doc: PDFDocument, info: DocumentInfo) {
  const date = info.date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  const xml = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(info.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${xmlEscape(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(info.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>${info.lang}</rdf:li></rdf:Bag></dc:language>
<xmp:CreatorTool>${xmlEscape(info.creator)}</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate><xmp:ModifyDate>${date}</xmp:ModifyDate>
<pdf:Producer>${xmlEscape(info.producer)}</pdf:Producer>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="r"?>`;
  return doc.context.stream(new TextEncoder().encode(xml), { Type: 'Metadata', Subtype: 'XML' });
}
