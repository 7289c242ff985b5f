"""The finkg vocabulary (``FIN``, closed: a typo raises) and the instance namespace (``ID``).

``FIN`` lists every term declared in ``ontology/finkg.ttl``; tests/test_namespace.py keeps the two
equal in both directions. Instance IRIs are minted by the helpers in :mod:`pipeline.graph.iris`.

No ``from __future__ import annotations`` here: rdflib reads the class annotations as types.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

FIN_BASE = "https://w3id.org/finkg/ontology#"
ID_BASE = "https://w3id.org/finkg/id/"

#: Instances (entities, deals, articles, amounts, mentions, rates, named graphs).
ID = Namespace(ID_BASE)

# External vocabularies rdflib does not ship.
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
WD = Namespace("http://www.wikidata.org/entity/")
FIBO_CUR = Namespace("https://spec.edmcouncil.org/fibo/ontology/FND/Accounting/CurrencyAmount/")

#: Prefixes bound on every graph finkg writes (and declared in the named queries).
PREFIXES: dict[str, str] = {
    "fin": FIN_BASE,
    "id": ID_BASE,
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "qudt": str(QUDT),
    "unit": str(UNIT),
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "wd": str(WD),
}


class FIN(DefinedNamespace):
    """The finkg ontology: https://w3id.org/finkg/ontology#"""

    _NS = Namespace(FIN_BASE)
    _fail = True

    # --- articles and text spans
    Article: URIRef
    Mention: URIRef
    Evidence: URIRef
    articleKey: URIRef
    title: URIRef
    publicationDate: URIRef
    sourceURL: URIRef
    contentHash: URIRef
    ingestedAt: URIRef
    encoding: URIRef
    script: URIRef
    region: URIRef
    denotes: URIRef

    # --- entities
    NamedEntity: URIRef
    Organization: URIRef
    MediaOutlet: URIRef
    SpecialPurposeVehicle: URIRef
    Person: URIRef
    Place: URIRef
    Facility: URIRef
    Product: URIRef
    ticker: URIRef
    exchange: URIRef
    fromGazetteer: URIRef

    # --- quantities
    Quantity: URIRef
    MonetaryAmount: URIRef
    Capacity: URIRef
    ShareCount: URIRef
    Percentage: URIRef
    value: URIRef
    minValue: URIRef
    maxValue: URIRef
    qualifier: URIRef
    per: URIRef
    currency: URIRef
    currencyInferred: URIRef
    usdValue: URIRef
    usdRate: URIRef
    convertedFrom: URIRef
    watts: URIRef
    minWatts: URIRef
    maxWatts: URIRef

    # --- qualifiers and rate bases (SKOS concepts)
    Qualifier: URIRef
    Qualifiers: URIRef
    Exact: URIRef
    Approx: URIRef
    AtLeast: URIRef
    UpTo: URIRef
    AtMost: URIRef
    Range: URIRef
    Vague: URIRef
    RateBasis: URIRef
    RateBases: URIRef
    PerShare: URIRef
    PerMonth: URIRef
    PerYear: URIRef
    PerGigawatt: URIRef
    PerUnit: URIRef
    PerSquareFoot: URIRef

    # --- currencies and exchange rates
    Currency: URIRef
    ExchangeRate: URIRef
    ImpliedExchangeRate: URIRef
    ReferenceExchangeRate: URIRef
    baseCurrency: URIRef
    quoteCurrency: URIRef
    rate: URIRef
    flagged: URIRef
    asOf: URIRef
    impliedBy: URIRef

    # --- deals
    Deal: URIRef
    Investment: URIRef
    Fundraising: URIRef
    DebtFinancing: URIRef
    Purchase: URIRef
    Lease: URIRef
    WarrantIssuance: URIRef
    Agreement: URIRef
    Acquisition: URIRef
    CapitalExpenditure: URIRef
    OtherDeal: URIRef
    party: URIRef
    agent: URIRef
    counterparty: URIRef
    coAgent: URIRef
    payer: URIRef
    payee: URIRef
    investor: URIRef
    investee: URIRef
    fundraiser: URIRef
    leadInvestor: URIRef
    borrower: URIRef
    lender: URIRef
    buyer: URIRef
    seller: URIRef
    lessee: URIRef
    lessor: URIRef
    warrantIssuer: URIRef
    warrantHolder: URIRef
    acquirer: URIRef
    amount: URIRef
    capacity: URIRef
    shares: URIRef
    dealDate: URIRef
    subtype: URIRef
    evidence: URIRef
    primaryEvidence: URIRef
    reportedIn: URIRef
    hasTranche: URIRef
    identityKey: URIRef
